import { describe, expect, it } from 'vitest';
import { deriveKey, KDF_ITERATIONS, newSalt, seal, unseal } from '../../../src/storage/crypto';
import { createVault, openVault, parseSetup, serializeSetup } from '../../../src/storage/vault';

// Few iterations keep the tests fast; one test derives at the real count.
const FAST = 1000;

describe('crypto at rest', () => {
  it('seals with a fresh IV each time and opens only with the same key and context', async () => {
    const salt = newSalt();
    const key = await deriveKey('correct horse battery', salt, FAST);
    const a = await seal(key, { name: 'Oma Ria' }, 'case:a');
    const b = await seal(key, { name: 'Oma Ria' }, 'case:a');
    expect(a.iv).toHaveLength(12);
    expect(Array.from(a.iv)).not.toEqual(Array.from(b.iv));
    expect(new TextDecoder().decode(a.data)).not.toContain('Ria');
    expect(await unseal(key, a, 'case:a')).toEqual({ name: 'Oma Ria' });
    await expect(unseal(key, a, 'case:b')).rejects.toThrow();
    const other = await deriveKey('wrong', salt, FAST);
    await expect(unseal(other, a, 'case:a')).rejects.toThrow();
    const tampered = new Uint8Array(a.data.slice(0));
    tampered[0]! ^= 1;
    await expect(unseal(key, { iv: a.iv, data: tampered.buffer }, 'case:a')).rejects.toThrow();
  });

  it('derives a key that cannot be read out of Web Crypto', async () => {
    const key = await deriveKey('x', newSalt(), FAST);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('a vault setup tells the right passphrase from a wrong one, and keeps at least 600,000 iterations by default', async () => {
    const { setup, key } = await createVault('lange zin met spaties');
    expect(setup.iterations).toBeGreaterThanOrEqual(600_000);
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const stored = parseSetup(serializeSetup(setup))!;
    expect(await openVault(stored, 'verkeerd')).toBeNull();
    const opened = await openVault(stored, 'lange zin met spaties');
    expect(opened?.keyId).toBe(key.keyId);
    // The reopened key opens what the first one sealed.
    expect(await unseal(opened!.key, await seal(key.key, 'x', 'c'), 'c')).toBe('x');
  });

  it('two setups of the same passphrase have different salts and key ids', async () => {
    const [a, b] = await Promise.all([createVault('zelfde', FAST), createVault('zelfde', FAST)]);
    expect(a.setup.salt).not.toBe(b.setup.salt);
    expect(a.setup.keyId).not.toBe(b.setup.keyId);
  });

  it('refuses a damaged setup instead of treating it as "no passphrase"', () => {
    expect(parseSetup(undefined)).toBeUndefined();
    expect(() => parseSetup('{"version":1}')).toThrow();
  });
});
