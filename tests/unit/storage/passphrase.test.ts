import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCaseDb } from '../../../src/storage/db';
import { createKeyring } from '../../../src/storage/keyring';
import { setPassphrase, unlockWith } from '../../../src/storage/passphrase';
import { makeDoc, storedDoc } from './fixtures';

const FAST = 1000;
let n = 0;

describe('passphrase actions', () => {
  it('set, then change only with the right current one, then unlock only with the new one', async () => {
    const name = `passphrase-${++n}`;
    const keyring = createKeyring();
    const db = await openCaseDb(name, {}, keyring);
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    expect(await setPassphrase(db, 'eerste zin', null, FAST)).toBe('ok');
    const first = await db.getSecurity();
    expect(await setPassphrase(db, 'tweede zin', 'fout', FAST)).toBe('wrong-passphrase');
    expect(await setPassphrase(db, 'tweede zin', null, FAST)).toBe('wrong-passphrase');
    expect(await db.getSecurity()).toEqual(first);
    expect(await setPassphrase(db, 'tweede zin', 'eerste zin', FAST)).toBe('ok');
    keyring.forget();
    expect(await unlockWith(db, keyring, 'eerste zin')).toBe('wrong-passphrase');
    expect(keyring.state().kind).toBe('locked');
    expect(await unlockWith(db, keyring, 'tweede zin')).toBe('ok');
    expect((await storedDoc(db, 'a'))?.case.title).toBe('Familie A');
    db.close();
  });

  it('after a wipe nothing is left, and no passphrase unlocks a tab that was locked', async () => {
    const keyring = createKeyring();
    const db = await openCaseDb(`passphrase-${++n}`, {}, keyring);
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    await setPassphrase(db, 'zin van mij', null, FAST);
    keyring.forget();
    await db.wipe();
    expect(await db.getSecurity()).toBeUndefined();
    expect(await db.listCases()).toEqual([]);
    expect(await unlockWith(db, keyring, 'wat dan ook')).toBe('gone');
    expect(keyring.state().kind).toBe('locked');
    db.close();
  });
});
