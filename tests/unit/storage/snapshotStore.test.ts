/**
 * Snapshots in IndexedDB (fake-indexeddb): the frozen part is written once, in its own record,
 * never rewritten by the saves that follow; deleted with its snapshot or its case; copied with a
 * duplicated case; joined back before the gate on reading; sealed like the case record when a
 * passphrase is set, and re-sealed with it; moved out of version-1 records by the upgrade.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { addPerson, renameSnapshot, removeSnapshot, takeSnapshot } from '../../../src/graph/commands';
import { MIGRATIONS, type Migration } from '../../../src/graph/migrations';
import type { CaseDocument } from '../../../src/graph/schema';
import { openCaseDb, type CaseDb } from '../../../src/storage/db';
import { createKeyring, type Keyring } from '../../../src/storage/keyring';
import { encodeRecord } from '../../../src/storage/sealedRecords';
import { createVault, openVault } from '../../../src/storage/vault';
import { person } from '../graph/helpers';
import { makeDoc, storedDoc } from './fixtures';
import { getRawRecord, getRawSnapshot, getRawSnapshots, withFailingPut } from './rawRecords';

const FAST = 1000;
let n = 0;
const open: CaseDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

async function fresh(keyring: Keyring = createKeyring(), read = {}) {
  const name = `snap-db-${++n}`;
  const db = await openCaseDb(name, read, keyring);
  open.push(db);
  return { name, db, keyring };
}

const layout = { netwerkkaart: { p1: { x: 0, y: 0 } } };
/** A case with one snapshot; the family name and the snapshot's label are what must not be readable once sealed. */
function withSnapshot(id = 'a'): CaseDocument {
  const doc = addPerson(makeDoc(id, 'Familie Bakkal'), person('p2', { name: 'Oma Gülten' }));
  return takeSnapshot(doc, { id: 'snap1', takenAt: '2026-11-28T10:00:00.000Z', label: 'Na gesprek bij Gülten', layout });
}

/** Counts the writes into the snapshots store while `run` runs. */
async function snapshotWrites(run: () => Promise<unknown>): Promise<number> {
  const put = IDBObjectStore.prototype.put;
  let count = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (this.name === 'snapshots') count++;
    return put.apply(this, args);
  };
  try {
    await run();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
  return count;
}

/** Every store as text, typed arrays decoded too, to look for a readable name. */
async function rawText(name: string): Promise<string> {
  const db = await openDB(name);
  const all = [...(await db.getAll('cases')), ...(await db.getAll('snapshots')), ...(await db.getAll('meta'))];
  db.close();
  return JSON.stringify(all, (_key, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder('latin1').decode(value as ArrayBuffer) : value,
  );
}

/** The snapshot records byte for byte (IVs included), as text. */
async function rawSnapshotText(name: string): Promise<string> {
  const replacer = (_key: string, value: unknown) =>
    value instanceof ArrayBuffer ? Array.from(new Uint8Array(value)) : ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value;
  return JSON.stringify(await getRawSnapshots(name), replacer);
}

/**
 * Words that must not be readable. Ciphertext is read as latin1, so a two-letter word could turn
 * up in it by chance (one in 65,536 per byte); every word here has ASCII letters enough ('lten':
 * Gülten's UTF-8 bytes around the ü) to make that practically impossible.
 */
const SECRET_WORDS = ['Bakkal', 'Gülten', 'lten', 'Oma G', 'Şükriye', 'household', 'Na gesprek'];

describe('snapshots in their own store', () => {
  it('writes a snapshot once; later saves of the case only rewrite its header', async () => {
    const { name, db } = await fresh();
    let doc = withSnapshot();
    expect(await snapshotWrites(() => db.saveCase(doc, { create: true }))).toBe(1);
    const record = (await getRawRecord(name, 'a')) as { doc: { snapshots: object[] } };
    expect(record.doc.snapshots).toEqual([{ id: 'snap1', takenAt: '2026-11-28T10:00:00.000Z', label: 'Na gesprek bij Gülten' }]);
    expect(await getRawSnapshot(name, 'a', 'snap1', 2)).toEqual({ caseId: 'a', id: 'snap1', version: 2, data: doc.snapshots[0]!.data, layout });
    doc = addPerson(doc, person('p3'));
    doc = renameSnapshot(doc, { id: 'snap1', label: 'Na eerste gesprek' });
    expect(await snapshotWrites(() => db.saveCase(doc))).toBe(0);
    const loaded = await storedDoc(db, 'a');
    expect(loaded?.snapshots).toEqual(doc.snapshots);
    expect(loaded?.snapshots[0]?.label).toBe('Na eerste gesprek');
    expect(loaded?.snapshots[0]?.data.people).toHaveLength(2);
    // A second snapshot writes only itself.
    doc = takeSnapshot(doc, { id: 'snap2', takenAt: '2026-11-29T10:00:00.000Z', label: 'Later' });
    expect(await snapshotWrites(() => db.saveCase(doc))).toBe(1);
    expect((await storedDoc(db, 'a'))?.snapshots.map((s) => s.data.people.length)).toEqual([2, 3]);
    // Renaming the case rewrites its record only.
    expect(await snapshotWrites(() => db.renameCase('a', 'Familie Anders', new Date('2026-12-01T10:00:00Z')))).toBe(0);
    expect((await storedDoc(db, 'a'))?.snapshots).toHaveLength(2);
  });

  it('deletes the frozen part with its snapshot, and with its case', async () => {
    const { name, db } = await fresh();
    const doc = withSnapshot();
    await db.saveCase(doc, { create: true });
    await db.saveCase(removeSnapshot(doc, { id: 'snap1' }));
    expect(await getRawSnapshots(name)).toEqual([]);
    await db.saveCase(doc);
    expect(await getRawSnapshots(name)).toHaveLength(1);
    await db.deleteCase('a');
    expect(await getRawSnapshots(name)).toEqual([]);
  });

  it('a duplicated case takes its snapshots along; the original keeps its own', async () => {
    const { db } = await fresh();
    await db.saveCase(withSnapshot(), { create: true });
    expect(await db.duplicateCase('a', { id: 'b', title: 'Kopie', now: new Date('2026-11-29T00:00:00Z') })).toBe(true);
    expect((await storedDoc(db, 'b'))?.snapshots[0]?.layout).toEqual(layout);
    await db.deleteCase('a');
    expect((await storedDoc(db, 'b'))?.snapshots[0]?.data.people).toHaveLength(2);
  });

  it('a case whose snapshot record is missing is refused with the place, not opened half', async () => {
    const { name, db } = await fresh();
    await db.saveCase(withSnapshot(), { create: true });
    const idb = await openDB(name);
    await idb.delete('snapshots', ['a', 'snap1', 2]);
    idb.close();
    expect(await db.loadCase('a')).toMatchObject({ ok: false, error: { path: 'snapshots[0].data' } });
  });

  it('after a format migration a save writes each body once more at the new version and drops the old', async () => {
    const pretend: Migration = { from: 2, to: 3, data: (raw) => raw };
    const read = { migrations: [...MIGRATIONS, pretend], version: 3 };
    const { name, db } = await fresh(createKeyring(), read);
    await db.saveCase(withSnapshot(), { create: true });
    const migrated = (await storedDoc(db, 'a'))!;
    expect(migrated.version).toBe(3);
    expect(await snapshotWrites(() => db.saveCase(migrated))).toBe(1);
    expect((await getRawSnapshots(name)).map((r) => (r as { version: number }).version)).toEqual([3]);
    expect(await snapshotWrites(() => db.saveCase(migrated))).toBe(0);
    expect((await storedDoc(db, 'a'))?.snapshots[0]?.data.people).toHaveLength(2);
  });

  it('"Alles op dit apparaat wissen" removes the snapshot records too', async () => {
    const { name, db } = await fresh();
    await db.saveCase(withSnapshot(), { create: true });
    await db.rekey(await createVault('zin', FAST));
    await db.wipe();
    expect(await getRawSnapshots(name)).toEqual([]);
  });
});

describe('snapshot records with a passphrase', () => {
  it('after a passphrase is set no name or label is readable in any record, snapshot records included', async () => {
    const { name, db } = await fresh();
    await db.saveCase(withSnapshot(), { create: true });
    expect(await rawText(name)).toContain('Gülten');
    await db.rekey(await createVault('een lange wachtzin', FAST));
    const raw = await rawText(name);
    for (const word of SECRET_WORDS) expect(raw).not.toContain(word);
    const [body] = (await getRawSnapshots(name)) as Array<Record<string, unknown>>;
    expect(Object.keys(body!).sort()).toEqual(['caseId', 'id', 'keyId', 'sealed', 'version']);
    const loaded = await storedDoc(db, 'a');
    expect(loaded?.snapshots[0]?.label).toBe('Na gesprek bij Gülten');
    expect(loaded?.snapshots[0]?.data.people.map((p) => p.name)).toContain('Oma Gülten');
    // Taken, renamed and copied after the passphrase: sealed too.
    let doc = takeSnapshot(loaded!, { id: 'snap2', takenAt: '2026-11-29T10:00:00.000Z', label: 'Nieuwe Momentopname' });
    doc = renameSnapshot(doc, { id: 'snap1', label: 'Hernoemd Moment' });
    await db.saveCase(doc);
    await db.duplicateCase('a', { id: 'b', title: 'Kopie Bakkal', now: new Date('2026-12-01T10:00:00Z') });
    const after = await rawText(name);
    for (const word of [...SECRET_WORDS, 'Nieuwe', 'Hernoemd', 'Kopie']) expect(after).not.toContain(word);
    expect((await storedDoc(db, 'b'))?.snapshots.map((s) => s.label)).toEqual(['Hernoemd Moment', 'Nieuwe Momentopname']);
  });

  it('autosave of a sealed case does not rewrite its snapshot records', async () => {
    const { name, db } = await fresh();
    await db.rekey(await createVault('zin', FAST));
    const doc = withSnapshot();
    await db.saveCase(doc, { create: true });
    const before = await rawSnapshotText(name);
    expect(await snapshotWrites(() => db.saveCase(addPerson(doc, person('p3'))))).toBe(0);
    // Same IV and bytes: the record was not written again.
    expect(await rawSnapshotText(name)).toBe(before);
  });

  it('a sealed body is bound to its case and snapshot: moved under another key it does not open', async () => {
    const { name, db } = await fresh();
    await db.rekey(await createVault('zin', FAST));
    await db.saveCase(withSnapshot('a'), { create: true });
    await db.saveCase(withSnapshot('b'), { create: true });
    const idb = await openDB(name);
    const body = await idb.get('snapshots', ['a', 'snap1', 2]);
    await idb.put('snapshots', { ...body, caseId: 'b' });
    idb.close();
    await expect(db.loadCase('b')).rejects.toThrow();
  });

  it('changing the passphrase re-seals the snapshot records; removing it stores them plain', async () => {
    const { name, db } = await fresh();
    await db.saveCase(withSnapshot(), { create: true });
    const first = await createVault('eerste zin', FAST);
    await db.rekey(first);
    const second = await createVault('tweede zin', FAST);
    await db.rekey(second);
    const [body] = (await getRawSnapshots(name)) as Array<{ keyId: string }>;
    expect(body!.keyId).toBe(second.key.keyId);
    expect((await storedDoc(db, 'a'))?.snapshots[0]?.data.people).toHaveLength(2);
    await db.rekey(null);
    expect(await getRawSnapshot(name, 'a', 'snap1', 2)).toMatchObject({ caseId: 'a', data: { people: [{}, { name: 'Oma Gülten' }] }, layout });
  });

  it('a rekey that fails on a snapshot record leaves the old setup and every record', async () => {
    const { name, db } = await fresh();
    await db.saveCase(withSnapshot('a'), { create: true });
    await db.saveCase(withSnapshot('b'), { create: true });
    await db.rekey(await createVault('eerste zin', FAST));
    const before = await rawText(name);
    const setupBefore = await db.getSecurity();
    await withFailingPut('snapshots', 2, async () => expect(db.rekey(await createVault('tweede zin', FAST))).rejects.toThrow());
    expect(await rawText(name)).toBe(before);
    expect(await db.getSecurity()).toEqual(setupBefore);
    expect((await storedDoc(db, 'b'))?.snapshots[0]?.label).toBe('Na gesprek bij Gülten');
  });

  it('a wrong passphrase changes nothing, snapshot records included', async () => {
    const { name, db } = await fresh();
    await db.saveCase(withSnapshot(), { create: true });
    await db.rekey(await createVault('de goede zin', FAST));
    const before = await rawText(name);
    db.close();
    const keyring = createKeyring({ kind: 'locked' });
    const again = await openCaseDb(name, {}, keyring);
    open.push(again);
    expect(await openVault((await again.getSecurity())!, 'de verkeerde zin')).toBeNull();
    await expect(again.loadCase('a')).rejects.toThrow();
    expect(await rawText(name)).toBe(before);
  });
});

describe('the database upgrade to version 2', () => {
  /** A database as the version-1 app left it: only cases and meta, snapshots inside the records. */
  async function version1With(name: string, records: object[]): Promise<void> {
    const idb = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('cases', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
    });
    for (const record of records) await idb.put('cases', record);
    idb.close();
  }

  it('moves a plain record\'s snapshots into their own records, without loss', async () => {
    const name = `snap-upgrade-${++n}`;
    const doc = withSnapshot();
    const record = { id: 'a', title: doc.case.title, updatedAt: doc.case.updatedAt, doc };
    await version1With(name, [record]);
    const db = await openCaseDb(name);
    open.push(db);
    const stored = (await getRawRecord(name, 'a')) as { doc: { snapshots: object[] } };
    expect(stored.doc.snapshots).toEqual([{ id: 'snap1', takenAt: '2026-11-28T10:00:00.000Z', label: 'Na gesprek bij Gülten' }]);
    expect(await getRawSnapshot(name, 'a', 'snap1', 2)).toEqual({ caseId: 'a', id: 'snap1', version: 2, data: doc.snapshots[0]!.data, layout });
    expect(await storedDoc(db, 'a')).toEqual(doc);
    expect(await snapshotWrites(() => db.saveCase(addPerson(doc, person('p3'))))).toBe(0);
  });

  it('leaves a sealed record whole (no key in the upgrade); it opens, and the next rekey splits it', async () => {
    const name = `snap-upgrade-${++n}`;
    const vault = await createVault('zin', FAST);
    const doc = withSnapshot();
    const state = { kind: 'unlocked' as const, key: vault.key };
    const sealed = await encodeRecord({ id: 'a', title: doc.case.title, updatedAt: doc.case.updatedAt, doc }, state);
    await version1With(name, [sealed]);
    const setupDb = await openDB(name, 1);
    await setupDb.put('meta', JSON.stringify(vault.setup), 'security');
    setupDb.close();
    const keyring = createKeyring({ kind: 'unlocked', key: vault.key });
    const db = await openCaseDb(name, {}, keyring);
    open.push(db);
    expect(await getRawSnapshots(name)).toEqual([]);
    expect(await storedDoc(db, 'a')).toEqual(doc);
    await db.rekey(await createVault('nieuwe zin', FAST));
    expect(await getRawSnapshots(name)).toHaveLength(1);
    for (const word of SECRET_WORDS) expect(await rawText(name)).not.toContain(word);
    expect(await storedDoc(db, 'a')).toEqual(doc);
  });
});
