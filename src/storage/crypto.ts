/**
 * Encryption at rest, with nothing but Web Crypto (the browser's, or Node's in tests):
 * AES-GCM with a 256-bit key derived from the passphrase by PBKDF2-SHA-256 (OWASP 2023: at
 * least 600,000 iterations) with a random salt, and a fresh random IV for every write.
 *
 * The key is made non-extractable: script on the page can use it while the app is unlocked,
 * but cannot read it out, and it is never stored — only the salt, the iteration count and a
 * sealed check value that tells a right passphrase from a wrong one.
 *
 * Every sealed value is bound to what it is (`context`: a case id, "check") as additional
 * authenticated data, so a record copied under another id fails to open instead of showing
 * another case's content.
 */

export const KDF_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** A sealed value as stored in IndexedDB (which keeps typed arrays as they are). */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

const subtle = () => globalThis.crypto.subtle;
const utf8 = new TextEncoder();

export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export const newSalt = () => randomBytes(SALT_BYTES);

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number = KDF_ITERATIONS): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: utf8.encode(context) },
    key,
    utf8.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Rejects (an OperationError) for a wrong key, a wrong context or any changed byte. */
export async function unseal(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: utf8.encode(context) },
    key,
    sealed.data,
  );
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, data } = value as Record<string, unknown>;
  return iv instanceof Uint8Array && data instanceof ArrayBuffer;
}
