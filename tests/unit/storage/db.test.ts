import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaseDb, type CaseDb } from '../../../src/storage/db';
import { CaseGoneError, CaseTakenError, classifyStorageError } from '../../../src/storage/errors';
import { CURRENT_VERSION } from '../../../src/graph/schema';
import { makeDoc, storedDoc } from './fixtures';
import { getRawRecord, putRawRecord } from './rawRecords';

let db: CaseDb;
let n = 0;

beforeEach(async () => {
  db = await openCaseDb(`test-db-${++n}`);
});
afterEach(() => db.close());

describe('case database', () => {
  it('saves, loads and lists cases newest first', async () => {
    await db.saveCase(makeDoc('a', 'Familie A', '2026-11-28T10:00:00.000Z'), { create: true });
    await db.saveCase(makeDoc('b', 'Familie B', '2026-11-28T12:00:00.000Z'), { create: true });
    await db.saveCase(makeDoc('c', 'Familie C', '2026-11-28T11:00:00.000Z'), { create: true });
    expect((await db.listCases()).map((c) => c.id)).toEqual(['b', 'c', 'a']);
    const loaded = await storedDoc(db, 'a');
    expect(loaded?.case.title).toBe('Familie A');
    expect(loaded?.people[0]?.name).toBe('Şükriye <img src=x onerror=alert(1)>');
    expect(await storedDoc(db, 'nope')).toBeUndefined();
  });

  it('stores the whole document with its format version', async () => {
    await db.saveCase(makeDoc('a', 'Familie A'), { create: true });
    expect(await getRawRecord(`test-db-${n}`, 'a')).toMatchObject({ id: 'a', title: 'Familie A', doc: { format: 'netwerkkaart', version: CURRENT_VERSION } });
  });

  it('reads every record through the gate: a damaged one is refused with its listed title, and left as it is', async () => {
    const doc = { ...makeDoc('a', 'In het document'), relations: [{ id: 'r1', kind: 'tie', from: 'p1', to: 'p-weg', quality: 'normal', flow: 'none' }] };
    const record = { id: 'a', title: 'In de lijst', updatedAt: '2026-11-28T10:00:00.000Z', doc };
    await putRawRecord(`test-db-${n}`, record);
    expect(await db.loadCase('a')).toEqual({
      ok: false,
      error: { code: 'dangling-ref', path: 'relations[0].to', params: { kind: 'person', id: 'p-weg' } },
      title: 'In de lijst',
    });
    // Read straight from the object, no text: an undefined field is absent, a cycle is "too deep".
    const odd: Record<string, unknown> = { ...makeDoc('b', 'B'), unknownField: undefined };
    await putRawRecord(`test-db-${n}`, { id: 'b', title: 'B', updatedAt: '2026-11-28T10:00:00.000Z', doc: odd });
    expect((await storedDoc(db, 'b'))?.case.title).toBe('B');
    const cyclic: Record<string, unknown> = { ...makeDoc('c', 'C') };
    cyclic.loop = cyclic;
    await putRawRecord(`test-db-${n}`, { id: 'c', title: 'C', updatedAt: '2026-11-28T10:00:00.000Z', doc: cyclic });
    expect(await db.loadCase('c')).toMatchObject({ ok: false, error: { code: 'too-deep' }, title: 'C' });
    expect(await getRawRecord(`test-db-${n}`, 'a')).toEqual(record);
  });

  it('overwrites a case on save and keeps the summary in step with the document', async () => {
    await db.saveCase(makeDoc('a', 'Oud'), { create: true });
    await db.saveCase(makeDoc('a', 'Nieuw', '2026-11-28T13:00:00.000Z'));
    expect(await db.listCases()).toEqual([{ id: 'a', title: 'Nieuw', updatedAt: '2026-11-28T13:00:00.000Z' }]);
  });

  it('renames the record and the document title', async () => {
    await db.saveCase(makeDoc('a', 'Oud'), { create: true });
    expect(await db.renameCase('a', 'Małgorzata', new Date('2026-11-28T14:00:00Z'))).toBe(true);
    expect((await storedDoc(db, 'a'))?.case.title).toBe('Małgorzata');
    expect((await db.listCases())[0]).toMatchObject({ title: 'Małgorzata', updatedAt: '2026-11-28T14:00:00.000Z' });
    expect(await db.renameCase('missing', 'x', new Date())).toBe(false);
  });

  it('duplicates under a new id without touching the original', async () => {
    await db.saveCase(makeDoc('a', 'Origineel'), { create: true });
    expect(await db.duplicateCase('a', { id: 'a2', title: 'Origineel (kopie)', now: new Date('2026-11-28T15:00:00Z') })).toBe(true);
    const copy = await storedDoc(db, 'a2');
    expect(copy?.case).toMatchObject({ id: 'a2', title: 'Origineel (kopie)', createdAt: '2026-11-28T15:00:00.000Z' });
    expect((await storedDoc(db, 'a'))?.case.title).toBe('Origineel');
    expect((await storedDoc(db, 'a'))?.people[0]?.name).toContain('Şükriye');
    expect((await storedDoc(db, 'a2'))?.people).toHaveLength(1);
    expect((await db.listCases()).map((c) => c.id).sort()).toEqual(['a', 'a2']);
  });

  it('refuses to duplicate onto an existing id', async () => {
    await db.saveCase(makeDoc('a', 'A'), { create: true });
    await db.saveCase(makeDoc('b', 'B'), { create: true });
    await expect(db.duplicateCase('a', { id: 'b', title: 'x', now: new Date() })).rejects.toThrow();
    expect((await storedDoc(db, 'b'))?.case.title).toBe('B');
  });

  it('deletes a case and forgets it as the last open one', async () => {
    await db.saveCase(makeDoc('a', 'A'), { create: true });
    await db.saveCase(makeDoc('b', 'B'), { create: true });
    await db.setLastOpen('a');
    expect(await db.getLastOpen()).toBe('a');
    await db.deleteCase('b');
    expect(await db.getLastOpen()).toBe('a');
    await db.deleteCase('a');
    expect(await db.listCases()).toEqual([]);
    expect(await db.getLastOpen()).toBeUndefined();
  });

  it('keeps data across reopening the database', async () => {
    const name = `test-db-reopen-${n}`;
    const first = await openCaseDb(name);
    await first.saveCase(makeDoc('x', 'Blijft'), { create: true });
    await first.setLastOpen('x');
    first.close();
    const second = await openCaseDb(name);
    expect((await storedDoc(second, 'x'))?.case.title).toBe('Blijft');
    expect(await second.getLastOpen()).toBe('x');
    second.close();
  });

  it('never brings a deleted case back: a save without create refuses a case that is not stored', async () => {
    await db.saveCase(makeDoc('a', 'A'), { create: true });
    await db.deleteCase('a');
    const refused = db.saveCase(makeDoc('a', 'A, later edit in another tab'));
    await expect(refused).rejects.toBeInstanceOf(CaseGoneError);
    expect(classifyStorageError(await refused.catch((e: unknown) => e)).code).toBe('deleted');
    expect(await storedDoc(db, 'a')).toBeUndefined();
    expect(await db.listCases()).toEqual([]);
    await expect(db.saveCase(makeDoc('never-stored', 'X'))).rejects.toBeInstanceOf(CaseGoneError);
  });

  it('refuses a save from a tab after another tab marked itself the writer, until it marks itself again', async () => {
    await db.saveCase(makeDoc('a', 'A'), { create: true, writer: { tab: 'tab-1', mark: true } });
    await db.saveCase(makeDoc('a', 'A by tab 1'), { writer: { tab: 'tab-1' } });
    await db.markWriter('a', 'tab-2');
    const late = db.saveCase(makeDoc('a', 'late write from tab 1'), { writer: { tab: 'tab-1' } });
    await expect(late).rejects.toBeInstanceOf(CaseTakenError);
    expect(classifyStorageError(await late.catch((e: unknown) => e)).code).toBe('taken');
    expect((await storedDoc(db, 'a'))?.case.title).toBe('A by tab 1');
    await db.saveCase(makeDoc('a', 'A by tab 2'), { writer: { tab: 'tab-2' } });
    // Tab 1 gets the case back (it holds the lock again) and marks itself with its first save.
    await db.saveCase(makeDoc('a', 'A by tab 1 again'), { writer: { tab: 'tab-1', mark: true } });
    await expect(db.saveCase(makeDoc('a', 'x'), { writer: { tab: 'tab-2' } })).rejects.toBeInstanceOf(CaseTakenError);
    expect((await storedDoc(db, 'a'))?.case.title).toBe('A by tab 1 again');
  });
});
