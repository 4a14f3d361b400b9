import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCaseDb } from '../../../src/storage/db';
import { createKeyring } from '../../../src/storage/keyring';
import { removePassphrase, setPassphrase, unlockWith } from '../../../src/storage/passphrase';
import { getRawRecord } from './rawRecords';
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

  it('removing the passphrase needs the current one, then stores every case plain and asks for nothing', async () => {
    const name = `passphrase-${++n}`;
    const keyring = createKeyring();
    const db = await openCaseDb(name, {}, keyring);
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    await db.saveCase(makeDoc('b', 'Familie B'), { create: true });
    await setPassphrase(db, 'zin van mij', null, FAST);
    const sealedA = await getRawRecord(name, 'a');
    expect(JSON.stringify(sealedA)).not.toContain('Familie A');

    // A wrong passphrase changes nothing: the setup and the sealed records stay as they were.
    const setup = await db.getSecurity();
    expect(await removePassphrase(db, 'niet mijn zin')).toBe('wrong-passphrase');
    expect(await db.getSecurity()).toEqual(setup);
    expect(await getRawRecord(name, 'a')).toEqual(sealedA);
    expect(keyring.state().kind).toBe('unlocked');

    expect(await removePassphrase(db, 'zin van mij')).toBe('ok');
    expect(await db.getSecurity()).toBeUndefined();
    expect(keyring.state().kind).toBe('plain');
    for (const [id, title] of [['a', 'Familie A'], ['b', 'Familie B']] as const) {
      const raw = (await getRawRecord(name, id)) as { title?: unknown; sealed?: unknown };
      expect(raw.sealed).toBeUndefined();
      expect(raw.title).toBe(title);
    }
    // Saves after it are plain too, and a second removal finds nothing to remove.
    await db.saveCase(makeDoc('c', 'Familie C'), { create: true });
    expect(((await getRawRecord(name, 'c')) as { title?: unknown }).title).toBe('Familie C');
    expect(await removePassphrase(db, 'zin van mij')).toBe('gone');
    db.close();

    // The next start: no passphrase setup, so a plain keyring reads every case.
    const again = await openCaseDb(name, {}, createKeyring());
    expect(await again.getSecurity()).toBeUndefined();
    expect((await storedDoc(again, 'b'))?.case.title).toBe('Familie B');
    again.close();
  });
});
