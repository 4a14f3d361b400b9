/**
 * Saves the open case shortly after every change, so closing the tab mid-edit loses at most
 * about a second. Typing bursts are coalesced (debounce) but a save is never postponed beyond
 * `maxWaitMs`, and a pending save is flushed when the page is hidden or closed.
 *
 * Depends only on the shape of a store (getState/subscribe), not on zustand, so storage stays
 * below the state layer.
 */
import type { CaseDocument } from '../graph/schema';
import { classifyStorageError, type StorageError } from './errors';

export interface DocSource {
  getState(): { doc: CaseDocument };
  subscribe(listener: (state: { doc: CaseDocument }, previous: { doc: CaseDocument }) => void): () => void;
}

export interface AutosaveOptions {
  save(doc: CaseDocument): Promise<void>;
  onError(error: StorageError): void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Where to listen for pagehide/visibilitychange; omit in tests without a DOM. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
}

export interface Autosave {
  /** Saves what is pending now; resolves when every save so far has settled. */
  flush(): Promise<void>;
  stop(): void;
}

export function startAutosave(source: DocSource, options: AutosaveOptions): Autosave {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 800;
  let pending: CaseDocument | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  // Writes run one after another so an older document can never land after a newer one.
  let chain: Promise<void> = Promise.resolve();

  function clearTimers() {
    clearTimeout(debounceTimer);
    clearTimeout(maxTimer);
    debounceTimer = maxTimer = undefined;
  }

  function write(doc: CaseDocument) {
    chain = chain.then(async () => {
      try {
        await options.save(doc);
      } catch (cause) {
        options.onError(classifyStorageError(cause));
      }
    });
  }

  function flushNow(): Promise<void> {
    clearTimers();
    if (pending) {
      const doc = pending;
      pending = null;
      write(doc);
    }
    return chain;
  }

  const unsubscribe = source.subscribe((state, previous) => {
    if (state.doc === previous.doc) return;
    // Switching cases: the previous case's last edit must not wait for (or be lost to) the new one.
    if (pending && pending.case.id !== state.doc.case.id) void flushNow();
    pending = state.doc;
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
    stop() {
      unsubscribe();
      target?.removeEventListener('pagehide', onPageHide);
      target?.document?.removeEventListener('visibilitychange', onVisibility);
      void flushNow();
    },
  };
}
