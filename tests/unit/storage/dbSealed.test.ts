import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openCaseDb, type CaseDb } from '../../../src/storage/db';
import { createKeyring, LockedError, type Keyring } from '../../../src/storage/keyring';
import { createVault, openVault } from '../../../src/storage/vault';
import { makeDoc, storedDoc } from './fixtures';
import { withFailingPut } from './rawRecords';

const FAST = 1000;
let n = 0;
const open: CaseDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

async function fresh(keyring: Keyring = createKeyring()) {
  const name = `sealed-db-${++n}`;
  const db = await openCaseDb(name, {}, keyring);
  open.push(db);
  return { name, db, keyring };
}

/** Everything in the database as text, typed arrays decoded too, to look for a readable name. */
async function rawText(name: string): Promise<string> {
  const db = await openDB(name);
  const all = [...(await db.getAll('cases')), ...(await db.getAll('snapshots')), ...(await db.getAll('meta'))];
  db.close();
  return JSON.stringify(all, (_key, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder('latin1').decode(value as ArrayBuffer) : value,
  );
}

describe('cases sealed with a passphrase', () => {
  it('after rekey no name or title is readable in the records, and the cases read back whole', async () => {
    const { name, db } = await fresh();
    await db.saveCase(makeDoc('a', 'Familie Yılmaz'), { create: true });
    await db.saveCase(makeDoc('b', 'Familie De Vries'), { create: true });
    expect(await rawText(name)).toContain('Familie De Vries');
    const vault = await createVault('een lange wachtzin', FAST);
    await db.rekey(vault);
    const raw = await rawText(name);
    for (const word of ['Yılmaz', 'Yı', 'De Vries', 'Şükriye', 'household']) expect(raw).not.toContain(word);
    expect((await db.listCases()).map((c) => c.title).sort()).toEqual(['Familie De Vries', 'Familie Yılmaz']);
    expect((await storedDoc(db, 'a'))?.people[0]?.name).toBe('Şükriye <img src=x onerror=alert(1)>');
    // New saves, renames and copies are sealed too.
    await db.saveCase(makeDoc('c', 'Familie Nieuw'), { create: true });
    await db.renameCase('a', 'Familie Hernoemd', new Date('2026-12-01T10:00:00Z'));
    await db.duplicateCase('b', { id: 'd', title: 'Familie Kopie', now: new Date('2026-12-01T10:00:00Z') });
    const after = await rawText(name);
    for (const word of ['Nieuw', 'Hernoemd', 'Kopie', 'De Vries']) expect(after).not.toContain(word);
    expect((await storedDoc(db, 'a'))?.case.title).toBe('Familie Hernoemd');
  });

  it('locked: nothing can be read or written, and nothing is changed', async () => {
    const { name, db, keyring } = await fresh();
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    await db.rekey(await createVault('wachtzin', FAST));
    const before = await rawText(name);
    keyring.forget();
    await expect(db.loadCase('a')).rejects.toBeInstanceOf(LockedError);
    await expect(db.listCases()).rejects.toBeInstanceOf(LockedError);
    await expect(db.saveCase(makeDoc('a', 'Familie A2'))).rejects.toBeInstanceOf(LockedError);
    expect(await rawText(name)).toBe(before);
  });

  it('a wrong passphrase opens nothing; the right one, on a new start, opens everything', async () => {
    const { name, db } = await fresh();
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    await db.rekey(await createVault('de goede zin', FAST));
    const before = await rawText(name);
    db.close();
    const keyring = createKeyring({ kind: 'locked' });
    const again = await openCaseDb(name, {}, keyring);
    open.push(again);
    const setup = (await again.getSecurity())!;
    expect(await openVault(setup, 'de verkeerde zin')).toBeNull();
    expect(await rawText(name)).toBe(before);
    keyring.use((await openVault(setup, 'de goede zin'))!);
    expect((await storedDoc(again, 'a'))?.case.title).toBe('Familie A');
  });

  it('changing the passphrase re-seals every case; a tab still on the old key cannot write', async () => {
    const { name, db, keyring } = await fresh();
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    const first = await createVault('eerste zin', FAST);
    await db.rekey(first);
    // A second tab, unlocked with the first passphrase.
    const otherRing = createKeyring();
    otherRing.use(first.key);
    const other = await openCaseDb(name, {}, otherRing);
    open.push(other);
    const second = await createVault('tweede zin', FAST);
    await db.rekey(second);
    expect(keyring.state()).toMatchObject({ kind: 'unlocked', key: { keyId: second.key.keyId } });
    await expect(other.saveCase(makeDoc('a', 'Oud'))).rejects.toBeInstanceOf(LockedError);
    await expect(other.loadCase('a')).rejects.toBeInstanceOf(LockedError);
    expect(await openVault((await db.getSecurity())!, 'eerste zin')).toBeNull();
    expect((await storedDoc(db, 'a'))?.case.title).toBe('Familie A');
  });

  it('a rekey that fails halfway (the transaction aborts) leaves the old setup and every record', async () => {
    const { name, db } = await fresh();
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    await db.saveCase(makeDoc('b', 'Familie B'), { create: true });
    const first = await createVault('eerste zin', FAST);
    await db.rekey(first);
    const before = await rawText(name);
    const setupBefore = await db.getSecurity();
    // The second put of the switch fails, as a full disk or a closed tab would stop it.
    await withFailingPut('cases', 2, async () => expect(db.rekey(await createVault('tweede zin', FAST))).rejects.toThrow());
    expect(await rawText(name)).toBe(before);
    expect(await db.getSecurity()).toEqual(setupBefore);
    expect((await storedDoc(db, 'b'))?.case.title).toBe('Familie B');
  });

  it('a plain tab cannot write once another tab set a passphrase', async () => {
    const { name, db } = await fresh();
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    const plainTab = await openCaseDb(name, {}, createKeyring());
    open.push(plainTab);
    await db.rekey(await createVault('zin', FAST));
    await expect(plainTab.saveCase(makeDoc('a', 'Familie A in klare tekst'))).rejects.toBeInstanceOf(LockedError);
    expect(await rawText(name)).not.toContain('klare tekst');
  });

  it('the passphrase can be removed again: the cases are stored plain', async () => {
    const { db, keyring } = await fresh();
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    await db.rekey(await createVault('zin', FAST));
    await db.rekey(null);
    expect(keyring.state()).toEqual({ kind: 'plain' });
    expect(await db.getSecurity()).toBeUndefined();
    expect((await storedDoc(db, 'a'))?.case.title).toBe('Familie A');
  });
});
