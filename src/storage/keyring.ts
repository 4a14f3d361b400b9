/**
 * Which key this tab writes and reads cases with, held in memory only. Three states: no
 * passphrase on this device ('plain'), unlocked (the key), and locked (a passphrase is set and
 * its key forgotten): then nothing of a case can be read or written.
 */
import type { VaultKey } from './vault';

export type KeyState = { kind: 'plain' } | { kind: 'unlocked'; key: VaultKey } | { kind: 'locked' };

export interface Keyring {
  state(): KeyState;
  use(key: VaultKey): void;
  /** Locks: the key is dropped (the CryptoKey object is left to garbage collection). */
  forget(): void;
  /** No passphrase set (the start of a device without one). */
  plain(): void;
}

export function createKeyring(initial: KeyState = { kind: 'plain' }): Keyring {
  let current = initial;
  return {
    state: () => current,
    use: (key) => void (current = { kind: 'unlocked', key }),
    forget: () => void (current = { kind: 'locked' }),
    plain: () => void (current = { kind: 'plain' }),
  };
}

/** A case read or write while locked, or under a key that is no longer this device's (changed in another tab). */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor(readonly reason: 'locked' | 'key-changed') {
    super(reason === 'locked' ? 'the case store is locked' : 'the passphrase was changed elsewhere');
  }
}
