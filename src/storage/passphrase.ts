/**
 * What the passphrase does to the case store: set one, change it, unlock with it. Each checks
 * before it changes anything, so a wrong passphrase never touches a record.
 */
import type { CaseDb } from './db';
import type { Keyring } from './keyring';
import { createVault, openVault } from './vault';
import { KDF_ITERATIONS } from './crypto';

/** 'gone': the passphrase setup was removed meanwhile (everything wiped in another tab). */
export type PassphraseResult = 'ok' | 'wrong-passphrase' | 'gone';

/**
 * Unlocks with `passphrase` when it is the device's (the setup is read anew: another tab may
 * have changed it). A wrong one leaves the keyring locked. With no setup left nothing unlocks:
 * a locked tab still holds its case in memory, and no passphrase at all must not show it.
 */
export async function unlockWith(db: CaseDb, keyring: Keyring, passphrase: string): Promise<PassphraseResult> {
  const setup = await db.getSecurity();
  if (!setup) return 'gone';
  const key = await openVault(setup, passphrase);
  if (!key) return 'wrong-passphrase';
  keyring.use(key);
  return 'ok';
}

/**
 * Sets a new passphrase (also the first one): every case is sealed with the new key. To change
 * it, `current` must be the passphrase in use.
 */
export async function setPassphrase(
  db: CaseDb,
  next: string,
  current: string | null,
  iterations: number = KDF_ITERATIONS,
): Promise<PassphraseResult> {
  const setup = await db.getSecurity();
  if (setup && (current === null || !(await openVault(setup, current)))) return 'wrong-passphrase';
  await db.rekey(await createVault(next, iterations));
  return 'ok';
}

/**
 * Removes the passphrase: every case is stored plain again and the setup goes, in one
 * transaction (db.rekey(null)), so a crash halfway leaves it all sealed as before. Only with
 * the passphrase in use, typed again: an unlocked laptop left open must not be one click from
 * plain text. 'gone': there was no passphrase (wiped or removed in another tab).
 */
export async function removePassphrase(db: CaseDb, current: string): Promise<PassphraseResult> {
  const setup = await db.getSecurity();
  if (!setup) return 'gone';
  if (!(await openVault(setup, current))) return 'wrong-passphrase';
  await db.rekey(null);
  return 'ok';
}
