/**
 * An in-memory stand-in for navigator.locks (exclusive locks only) with the semantics the app
 * relies on: a queue per name, `ifAvailable` (callback gets null when taken), `steal` (the
 * holder's request rejects with AbortError) and `signal` (a queued request is withdrawn).
 * Two "tabs" in one test share one instance, as two tabs share the browser's lock manager.
 */
import type { ChannelLike, LockManagerLike } from '../../../src/storage/caseOwnership';

interface Entry {
  grant(): void;
  abort(reason: unknown): void;
}

export class FakeLocks implements LockManagerLike {
  private holders = new Map<string, Entry>();
  private queues = new Map<string, Entry[]>();

  isHeld(name: string): boolean {
    return this.holders.has(name);
  }

  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const entry: Entry = {
        grant: () => {
          this.holders.set(name, entry);
          void callback({ name, mode: 'exclusive' }).then(
            (value) => {
              if (this.holders.get(name) === entry) this.next(name);
              if (!settled) resolve(value);
              settled = true;
            },
            (error: unknown) => {
              if (this.holders.get(name) === entry) this.next(name);
              if (!settled) reject(error);
              settled = true;
            },
          );
        },
        abort: (reason) => {
          if (!settled) reject(reason);
          settled = true;
        },
      };
      const busy = this.holders.has(name) || (this.queues.get(name)?.length ?? 0) > 0;
      if (options.steal) {
        const holder = this.holders.get(name);
        this.holders.delete(name);
        holder?.abort(new DOMException('The lock was stolen', 'AbortError'));
        entry.grant();
      } else if (!busy) {
        entry.grant();
      } else if (options.ifAvailable) {
        void callback(null).then(resolve, reject);
      } else {
        const queue = this.queues.get(name) ?? [];
        queue.push(entry);
        this.queues.set(name, queue);
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(entry);
          if (at >= 0) queue.splice(at, 1);
          entry.abort(new DOMException('The request was aborted', 'AbortError'));
        });
      }
    });
  }

  private next(name: string) {
    this.holders.delete(name);
    this.queues.get(name)?.shift()?.grant();
  }
}

/** A pair of connected channels, like two tabs' BroadcastChannel of one name. */
export function channelPair(): [ChannelLike, ChannelLike] {
  const make = () => Object.assign(new EventTarget(), { postMessage: (_: unknown) => {}, close: () => {} });
  const a = make();
  const b = make();
  // Asynchronous like the real thing; a channel never hears its own messages.
  a.postMessage = (data) => void setTimeout(() => b.dispatchEvent(new MessageEvent('message', { data })), 0);
  b.postMessage = (data) => void setTimeout(() => a.dispatchEvent(new MessageEvent('message', { data })), 0);
  return [a as unknown as ChannelLike, b as unknown as ChannelLike];
}
