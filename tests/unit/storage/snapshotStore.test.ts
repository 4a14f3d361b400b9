/**
 * Snapshots in IndexedDB: the frozen part is written once, in its own record, never rewritten by
 * the saves that follow; deleted with its snapshot or its case; copied with a duplicated case;
 * joined back before the gate on reading.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPerson, renameSnapshot, removeSnapshot, takeSnapshot } from '../../../src/graph/commands';
import type { CaseDocument } from '../../../src/graph/schema';
import { openCaseDb, type CaseDb } from '../../../src/storage/db';
import { person } from '../graph/helpers';
import { makeDoc, storedDoc } from './fixtures';
import { getRawRecord, getRawSnapshot } from './rawRecords';

let db: CaseDb;
let name = '';
let n = 0;
beforeEach(async () => {
  name = `snap-db-${++n}`;
  db = await openCaseDb(name);
});
afterEach(() => db.close());

const layout = { netwerkkaart: { p1: { x: 0, y: 0 } } };
function withSnapshot(): CaseDocument {
  return takeSnapshot(makeDoc('a', 'Familie A'), { id: 'snap1', takenAt: '2026-11-28T10:00:00.000Z', label: 'Begin', layout });
}

/** Counts the writes into the snapshots store while `run` runs. */
async function snapshotWrites(run: () => Promise<void>): Promise<number> {
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

describe('snapshots in their own store', () => {
  it('writes a snapshot once; later saves of the case only rewrite its header', async () => {
    let doc = withSnapshot();
    expect(await snapshotWrites(() => db.saveCase(doc, { create: true }))).toBe(1);
    expect(await getRawRecord(name, 'a')).toMatchObject({ doc: { snapshots: [{ id: 'snap1', takenAt: '2026-11-28T10:00:00.000Z', label: 'Begin' }] } });
    expect((await getRawRecord(name, 'a')) as object).not.toHaveProperty('doc.snapshots.0.data');
    expect(await getRawSnapshot(name, 'a', 'snap1')).toEqual({ caseId: 'a', id: 'snap1', data: doc.snapshots[0]!.data, layout });
    doc = addPerson(doc, person('p2'));
    doc = renameSnapshot(doc, { id: 'snap1', label: 'Na eerste gesprek' });
    expect(await snapshotWrites(() => db.saveCase(doc))).toBe(0);
    const loaded = await storedDoc(db, 'a');
    expect(loaded?.snapshots).toEqual(doc.snapshots);
    expect(loaded?.snapshots[0]?.label).toBe('Na eerste gesprek');
    expect(loaded?.snapshots[0]?.data.people).toHaveLength(1);
  });

  it('deletes the frozen part with its snapshot, and with its case', async () => {
    const doc = withSnapshot();
    await db.saveCase(doc, { create: true });
    await db.saveCase(removeSnapshot(doc, { id: 'snap1' }));
    expect(await getRawSnapshot(name, 'a', 'snap1')).toBeUndefined();
    await db.saveCase(doc);
    await db.deleteCase('a');
    expect(await getRawSnapshot(name, 'a', 'snap1')).toBeUndefined();
  });

  it('a duplicated case takes its snapshots along; the original keeps its own', async () => {
    await db.saveCase(withSnapshot(), { create: true });
    expect(await db.duplicateCase('a', { id: 'b', title: 'Kopie', now: new Date('2026-11-29T00:00:00Z') })).toBe(true);
    expect((await storedDoc(db, 'b'))?.snapshots[0]?.layout).toEqual(layout);
    await db.deleteCase('a');
    expect((await storedDoc(db, 'b'))?.snapshots).toHaveLength(1);
  });

  it('a case whose snapshot record is missing is refused with the place, not opened half', async () => {
    await db.saveCase(withSnapshot(), { create: true });
    const { openDB } = await import('idb');
    const idb = await openDB(name);
    await idb.delete('snapshots', ['a', 'snap1']);
    idb.close();
    expect(await db.loadCase('a')).toMatchObject({ ok: false, error: { path: 'snapshots[0].data' } });
  });
});
