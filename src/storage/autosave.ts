/**
 * Saves the open case shortly after every change, so closing the tab mid-edit loses at most
 * about a second. Typing bursts are coalesced (debounce) but a save is never postponed beyond
 * `maxWaitMs`, and a pending save is flushed when the page is hidden or closed.
 *
 * A failed save is not forgotten: the document stays pending and is tried again after a
 * growing pause (1 s, 2 s, 5 s, ...), on the next change, and when the page is hidden, until it
 * is stored — freeing disk space is then enough, nobody has to edit again. Only a save that can
 * never work (the case was deleted) is given up, and reported.
 *
 * Depends only on the shape of a store (getState/subscribe), not on zustand, so storage stays
 * below the state layer.
 */
import type { CaseDocument } from '../graph/schema';
import { classifyStorageError, isRetryable, type StorageError } from './errors';

export interface DocSource {
  getState(): { doc: CaseDocument };
  subscribe(listener: (state: { doc: CaseDocument }, previous: { doc: CaseDocument }) => void): () => void;
}

export interface AutosaveOptions {
  save(doc: CaseDocument): Promise<void>;
  onError(error: StorageError, doc: CaseDocument): void;
  /**
   * A save worked and no failed save is waiting: a failure notice can go (also one raised
   * outside autosave, e.g. when storing an imported case failed and autosave then stored it).
   */
  onRecovered?(): void;
  onSaved?(doc: CaseDocument): void;
  /**
   * Whether everything is stored: 'saving' from a change until its write, 'saved' when nothing
   * waits, 'failed' while a failed write waits for its retry. For the header's save indicator.
   */
  onStatus?(status: SaveStatus): void;
  /** False when this tab may not write the case (another tab owns it): the change is dropped. */
  canSave?(doc: CaseDocument): boolean;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Pauses before each retry of a failed save; the last one repeats. */
  retryMs?: readonly number[];
  /** Where to listen for pagehide/visibilitychange; omit in tests without a DOM. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
}

export type SaveStatus = 'saving' | 'saved' | 'failed';

export interface Autosave {
  /** Saves what is pending now; resolves when every save so far has settled. */
  flush(): Promise<void>;
  /** True while a change of this case waits to be stored (pending or failed); ask after flush(). */
  hasUnsaved(caseId: string): boolean;
  /** Forgets unsaved changes of a case this tab may no longer write (deleted, taken over). */
  drop(caseId: string): void;
  stop(): void;
}

const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000] as const;

export function startAutosave(source: DocSource, options: AutosaveOptions): Autosave {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 800;
  const retryMs = options.retryMs ?? RETRY_MS;
  // The newest unsaved document per case: a case switched away from keeps its own entry.
  const pending = new Map<string, CaseDocument>();
  // Cases whose last write failed and is waiting to be tried again.
  const failing = new Set<string>();
  let attempt = 0;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  // Writes run one after another so an older document can never land after a newer one.
  let chain: Promise<void> = Promise.resolve();

  function clearTimers() {
    clearTimeout(debounceTimer);
    clearTimeout(maxTimer);
    debounceTimer = maxTimer = undefined;
  }

  function scheduleRetry() {
    if (retryTimer !== undefined) return;
    const delay = retryMs[Math.min(attempt, retryMs.length - 1)]!;
    attempt++;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flushNow();
    }, delay);
  }

  function write(doc: CaseDocument) {
    const id = doc.case.id;
    chain = chain.then(async () => {
      try {
        if (options.canSave && !options.canSave(doc)) return;
        await options.save(doc);
        attempt = 0;
        failing.delete(id);
        options.onSaved?.(doc);
        if (failing.size === 0) options.onRecovered?.();
        if (failing.size === 0 && pending.size === 0) options.onStatus?.('saved');
      } catch (cause) {
        const error = classifyStorageError(cause);
        if (isRetryable(error)) {
          failing.add(id);
          // A newer change of this case, already pending, supersedes this document.
          if (!pending.has(id)) pending.set(id, doc);
          scheduleRetry();
        } else {
          failing.delete(id);
        }
        options.onStatus?.('failed');
        options.onError(error, doc);
      }
    });
  }

  function flushNow(): Promise<void> {
    clearTimers();
    const docs = [...pending.values()];
    pending.clear();
    for (const doc of docs) write(doc);
    return chain;
  }

  const unsubscribe = source.subscribe((state, previous) => {
    if (state.doc === previous.doc) return;
    const id = state.doc.case.id;
    // Switching cases: the previous case's last edit must not wait for (or be lost to) the new one.
    if (previous.doc.case.id !== id && pending.size > 0) void flushNow();
    pending.set(id, state.doc);
    options.onStatus?.('saving');
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => void flushNow(), debounceMs);
    maxTimer ??= setTimeout(() => void flushNow(), maxWaitMs);
  });

  const target = options.target;
  const onPageHide = () => void flushNow();
  const onVisibility = () => {
    if (target?.document?.visibilityState === 'hidden') void flushNow();
  };
  target?.addEventListener('pagehide', onPageHide);
  target?.document?.addEventListener('visibilitychange', onVisibility);

  return {
    flush: flushNow,
    hasUnsaved: (caseId) => pending.has(caseId) || failing.has(caseId),
    drop(caseId) {
      pending.delete(caseId);
      failing.delete(caseId);
    },
    stop() {
      unsubscribe();
      target?.removeEventListener('pagehide', onPageHide);
      target?.document?.removeEventListener('visibilitychange', onVisibility);
      void flushNow().then(() => clearTimeout(retryTimer));
    },
  };
}
