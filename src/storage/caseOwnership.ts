/**
 * One tab owns a case at a time. Every autosave writes the whole document from its own tab's
 * memory, so two tabs writing one case would silently undo each other's work. Ownership is an
 * exclusive Web Lock per case id, held as long as the tab has the case open:
 *
 * - `claim` takes the lock only if it is free (`ifAvailable`): a second tab learns at once that
 *   the case is open elsewhere, and stays read-only.
 * - `takeOver` first asks the owner (over a BroadcastChannel) to save and let go, so its last
 *   edits are stored before the new owner reads the case; an owner that does not answer in time
 *   (a frozen tab) loses the lock by `steal`.
 * - The old owner hears of it (its lock request rejects, or it let go itself) through `onLost`
 *   and stops writing.
 *
 * The same channel tells other tabs that a case was deleted, so they close it instead of
 * keeping it in memory. Browsers without Web Locks (and tests that inject none) get no
 * protection between tabs but keep working: every claim succeeds.
 */

/** The part of the Web Locks API used here, so tests can inject a fake. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

type Message = { type: 'release' | 'deleted'; caseId: string };

export interface OwnershipOptions {
  locks: LockManagerLike | null | undefined;
  channel: ChannelLike | null | undefined;
  /** This tab no longer owns the case: another tab took it over. */
  onLost(caseId: string): void;
  /** Another tab deleted the case. */
  onDeleted(caseId: string): void;
  /** This tab just got the case's lock (claim, take-over, or the owner let go). */
  onGained?(caseId: string): void;
  /** Another tab asks for the case: stop editing and store what is pending, then it is handed over. */
  beforeRelease?(caseId: string): Promise<void>;
  /** How long a take-over waits for the owner to let go before it steals the lock. */
  graceMs?: number;
}

export interface CaseOwnership {
  /** Owns the case if no other tab does; false when it is open elsewhere. */
  claim(caseId: string): Promise<boolean>;
  /** Takes the case over from the tab that has it open; resolves once this tab owns it. */
  takeOver(caseId: string): Promise<void>;
  /**
   * Waits, without taking anything, until the tab that owns the case lets go of it (closed,
   * switched to another case); resolves true once this tab owns it, false when `signal` aborts.
   */
  waitFor(caseId: string, signal: AbortSignal): Promise<boolean>;
  owns(caseId: string): boolean;
  release(caseId: string): void;
  announceDeleted(caseId: string): void;
  close(): void;
}

export const LOCK_PREFIX = 'netwerkkaart:case:';
const GRACE_MS = 1500;

function isMessage(data: unknown): data is Message {
  if (typeof data !== 'object' || data === null) return false;
  const { type, caseId } = data as Record<string, unknown>;
  return (type === 'release' || type === 'deleted') && typeof caseId === 'string';
}

export function createCaseOwnership(options: OwnershipOptions): CaseOwnership {
  const { locks, channel } = options;
  const graceMs = options.graceMs ?? GRACE_MS;
  // Cases this tab holds the lock of, with the function that lets the lock go.
  const held = new Map<string, () => void>();
  // Without Web Locks nothing can be enforced; remember what is "owned" so owns() still answers.
  const unguarded = new Set<string>();

  /** Requests the lock; resolves true once held, false if `ifAvailable` found it taken. */
  function request(caseId: string, how: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }): Promise<boolean> {
    const lockManager = locks!;
    return new Promise<boolean>((resolve, reject) => {
      let mine: (() => void) | null = null;
      lockManager
        .request(LOCK_PREFIX + caseId, how, (lock) => {
          if (!lock) {
            resolve(false);
            return Promise.resolve();
          }
          return new Promise<void>((letGo) => {
            mine = letGo;
            held.set(caseId, letGo);
            options.onGained?.(caseId);
            resolve(true);
          });
        })
        .catch((cause: unknown) => {
          // Still ours on paper, yet the request failed: the lock was stolen by another tab.
          if (mine && held.get(caseId) === mine) {
            held.delete(caseId);
            options.onLost(caseId);
          } else {
            reject(cause);
          }
        });
    });
  }

  async function handOver(caseId: string) {
    if (!held.has(caseId)) return;
    try {
      await options.beforeRelease?.(caseId);
    } finally {
      // Undefined when the lock was stolen meanwhile: onLost has been called for that already.
      const letGo = held.get(caseId);
      if (letGo) {
        held.delete(caseId);
        letGo();
        options.onLost(caseId);
      }
    }
  }

  channel?.addEventListener('message', (event) => {
    if (!isMessage(event.data)) return;
    const { type, caseId } = event.data;
    if (type === 'release') void handOver(caseId);
    else options.onDeleted(caseId);
  });

  /** Locks refused outright (e.g. a sandboxed page): work on, unguarded, rather than not at all. */
  function unguard(caseId: string, cause: unknown): true {
    console.error(cause);
    unguarded.add(caseId);
    return true;
  }

  return {
    async claim(caseId) {
      if (!locks) {
        unguarded.add(caseId);
        return true;
      }
      if (held.has(caseId)) return true;
      try {
        return await request(caseId, { ifAvailable: true });
      } catch (cause) {
        return unguard(caseId, cause);
      }
    },
    async takeOver(caseId) {
      if (!locks) {
        unguarded.add(caseId);
        return;
      }
      if (held.has(caseId)) return;
      channel?.postMessage({ type: 'release', caseId } satisfies Message);
      const wait = new AbortController();
      const timer = setTimeout(() => wait.abort(), graceMs);
      try {
        if (await request(caseId, { signal: wait.signal })) return;
      } catch {
        // The owner did not let go in time.
      } finally {
        clearTimeout(timer);
      }
      try {
        await request(caseId, { steal: true });
      } catch (cause) {
        unguard(caseId, cause);
      }
    },
    async waitFor(caseId, signal) {
      if (!locks) return !signal.aborted;
      if (held.has(caseId)) return true;
      try {
        return await request(caseId, { signal });
      } catch {
        return false;
      }
    },
    owns(caseId) {
      return held.has(caseId) || unguarded.has(caseId);
    },
    release(caseId) {
      unguarded.delete(caseId);
      const letGo = held.get(caseId);
      held.delete(caseId);
      letGo?.();
    },
    announceDeleted(caseId) {
      channel?.postMessage({ type: 'deleted', caseId } satisfies Message);
    },
    close() {
      for (const letGo of held.values()) letGo();
      held.clear();
      channel?.close();
    },
  };
}
