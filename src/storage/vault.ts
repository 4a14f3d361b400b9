/**
 * The passphrase setup of this device: what is needed to turn a passphrase into the key again,
 * and to tell a wrong passphrase from a right one before any case is touched. Stored as JSON
 * text in the database's meta store (binary as base64), so the database keeps its version.
 *
 * `keyId` names the key every case record was sealed with: a record or a save under another
 * key (another tab changed the passphrase meanwhile) is noticed instead of mixed in.
 */
import { deriveKey, KDF_ITERATIONS, newSalt, randomBytes, seal, unseal, type Sealed } from './crypto';

export interface VaultSetup {
  version: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  keyId: string;
  check: { iv: string; data: string };
}

/** The key in memory, with the id of its setup. */
export interface VaultKey {
  key: CryptoKey;
  keyId: string;
}

const CHECK_CONTEXT = 'netwerkkaart:check';
const CHECK_VALUE = 'netwerkkaart';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A new setup with a fresh salt and key id; the key comes with it, for the re-encryption. */
export async function createVault(passphrase: string, iterations: number = KDF_ITERATIONS): Promise<{ setup: VaultSetup; key: VaultKey }> {
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  const check = await seal(key, CHECK_VALUE, CHECK_CONTEXT);
  const keyId = toBase64(randomBytes(9));
  return {
    setup: {
      version: 1,
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: toBase64(salt),
      keyId,
      check: { iv: toBase64(check.iv), data: toBase64(new Uint8Array(check.data)) },
    },
    key: { key, keyId },
  };
}

/** The key for `passphrase`, or null when it is not this setup's passphrase. */
export async function openVault(setup: VaultSetup, passphrase: string): Promise<VaultKey | null> {
  const key = await deriveKey(passphrase, fromBase64(setup.salt), setup.iterations);
  const check: Sealed = { iv: fromBase64(setup.check.iv), data: fromBase64(setup.check.data).buffer as ArrayBuffer };
  try {
    return (await unseal(key, check, CHECK_CONTEXT)) === CHECK_VALUE ? { key, keyId: setup.keyId } : null;
  } catch {
    return null;
  }
}

export function serializeSetup(setup: VaultSetup): string {
  return JSON.stringify(setup);
}

/** The stored setup, or undefined for none; a damaged one throws rather than passing as "no passphrase". */
export function parseSetup(text: string | undefined): VaultSetup | undefined {
  if (text === undefined) return undefined;
  const value = JSON.parse(text) as Partial<VaultSetup>;
  if (value.version !== 1 || typeof value.salt !== 'string' || typeof value.keyId !== 'string' || !value.check || typeof value.iterations !== 'number') {
    throw new Error('damaged passphrase setup');
  }
  return value as VaultSetup;
}
