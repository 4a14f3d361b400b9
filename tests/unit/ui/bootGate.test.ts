/**
 * Start-up reads the stored cases through the same gate as a file (fake-indexeddb): an older
 * record is migrated in memory, snapshots included, and keeps its version in the database until
 * it is saved; a damaged record is skipped with place and reason, and left byte for byte.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../src/graph/commands';
import { MIGRATIONS, type Migration } from '../../../src/graph/migrations';
import { openCaseDb } from '../../../src/storage/db';
import { boot } from '../../../src/ui/boot';
import { openCase } from '../../../src/ui/caseActions';
import { person } from '../graph/helpers';
import { makeDoc } from '../storage/fixtures';
import { getRawRecord, getRawSnapshot, putRawRecord } from '../storage/rawRecords';

let n = 0;
const now = () => new Date('2026-11-28T12:00:00Z');
const errorsOf = (ws: Awaited<ReturnType<typeof boot>>) => ws.notices.getState().notices.filter((x) => x.kind === 'error').map((x) => x.text);

/** A database holding only `records`, the first one last open. */
async function databaseWith(...records: Array<{ id: string } & Record<string, unknown>>): Promise<string> {
  const name = `boot-gate-${++n}`;
  (await openCaseDb(name)).close();
  for (const [i, record] of records.entries()) await putRawRecord(name, record, { lastOpen: i === 0 });
  return name;
}

const start = (dbName: string, read?: { migrations?: Migration[]; version?: number }) => boot({ dbName, now, locks: null, channel: null, read });

/** The pretend version 3: the sector "school" was renamed "school-work". */
const v2ToV3: Migration = {
  from: 2,
  to: 3,
  data: (raw) => ({
    ...raw,
    people: (raw.people as Array<Record<string, unknown>>).map((p) => (p.sector === 'school' ? { ...p, sector: 'school-work' } : p)),
  }),
};

/** A record as the version-2 app stored it (snapshot inside), with a sector version 3 no longer knows, live and in a snapshot. */
function v2Record() {
  const doc: Record<string, any> = makeDoc('c-v1', 'Familie uit versie 1');
  doc.people = [...doc.people, { ...person('p2'), name: 'Juf Anja', sector: 'school' }];
  doc.snapshots = [{ id: 'snap1', takenAt: '2026-11-01T10:00:00.000Z', label: 'Eerste gesprek', data: { people: structuredClone(doc.people) } }];
  return { id: 'c-v1', title: 'Familie uit versie 1', updatedAt: doc.case.updatedAt, doc };
}

describe('boot reads stored cases through the gate', () => {
  it('migrates a version-2 record to the current version (a pretend 3 here), its snapshot too, and writes version 3 only on saving', async () => {
    const record = v2Record();
    const name = await databaseWith(record);
    const ws = await start(name, { migrations: [...MIGRATIONS, v2ToV3], version: 3 });
    expect(errorsOf(ws)).toEqual([]);
    const doc = ws.store.getState().doc;
    expect(doc.case.id).toBe('c-v1');
    expect(doc.version).toBe(3);
    expect(doc.people.map((p) => p.sector)).toEqual(['household', 'school-work']);
    expect(doc.snapshots[0]?.data.people.map((p) => p.sector)).toEqual(['household', 'school-work']);
    // Reading changed nothing stored; the first save writes the document at its new version.
    expect(await getRawRecord(name, 'c-v1')).toEqual(record);
    ws.store.getState().run(addPerson, person('p3', { name: 'Buurman' }));
    await ws.autosave?.flush();
    // Saved, the case record keeps the snapshot's header; its frozen data lives in its own record, migrated.
    const saved = (await getRawRecord(name, 'c-v1')) as { doc: { version: number; snapshots: object[] } };
    expect(saved.doc.version).toBe(3);
    expect(saved.doc.snapshots).toEqual([{ id: 'snap1', takenAt: '2026-11-01T10:00:00.000Z', label: 'Eerste gesprek' }]);
    expect(await getRawSnapshot(name, 'c-v1', 'snap1', 3)).toMatchObject({ data: { people: [{}, { sector: 'school-work' }] } });
    ws.db?.close();
  });

  it('opens a real version-1 record with a snapshot at version 2, and splits the snapshot off at version 2 on saving', async () => {
    const doc: Record<string, any> = { ...makeDoc('c-old', 'Familie van vroeger'), version: 1 };
    doc.snapshots = [{ id: 'snap1', takenAt: '2026-11-01T10:00:00.000Z', label: 'Eerste gesprek', data: { people: structuredClone(doc.people) } }];
    const record = { id: 'c-old', title: 'Familie van vroeger', updatedAt: doc.case.updatedAt, doc };
    const name = await databaseWith(record);
    const ws = await start(name);
    expect(errorsOf(ws)).toEqual([]);
    const open = ws.store.getState().doc;
    expect(open.version).toBe(2);
    expect(open.snapshots[0]?.data.people).toEqual(doc.people);
    expect(await getRawRecord(name, 'c-old')).toEqual(record);
    ws.store.getState().run(addPerson, person('p3', { name: 'Buurman' }));
    await ws.autosave?.flush();
    const stored = (await getRawRecord(name, 'c-old')) as { doc: { version: number; snapshots: object[] } };
    expect(stored.doc.version).toBe(2);
    expect(stored.doc.snapshots).toEqual([{ id: 'snap1', takenAt: '2026-11-01T10:00:00.000Z', label: 'Eerste gesprek' }]);
    expect(await getRawSnapshot(name, 'c-old', 'snap1', 2)).toEqual({ caseId: 'c-old', id: 'snap1', version: 2, data: open.snapshots[0]!.data });
    ws.db?.close();
  });

  it('does not take a version-2 record for a newer version: without the step it is refused', async () => {
    const record = v2Record();
    const name = await databaseWith(record);
    const ws = await start(name, { migrations: [...MIGRATIONS], version: 3 });
    expect(ws.store.getState().doc.case.id).not.toBe('c-v1');
    expect(errorsOf(ws)).toEqual([
      'De laatst geopende casus "Familie uit versie 1" kan niet worden geopend en is overgeslagen. version: versie 2 kan niet worden bijgewerkt: er is geen omzetting van versie 2 naar een nieuwere versie De casus is niet gewijzigd.',
    ]);
    expect(await getRawRecord(name, 'c-v1')).toEqual(record);
    ws.db?.close();
  });

  it('skips a broken record with place and reason, keeps working on a new case, and leaves the record byte for byte', async () => {
    const doc = makeDoc('c-broken', 'Kapotte casus');
    doc.relations = [{ id: 'r1', kind: 'tie', from: 'p1', to: 'p-weg', quality: 'normal', flow: 'none' }];
    const record = { id: 'c-broken', title: 'Kapotte casus', updatedAt: doc.case.updatedAt, doc };
    const name = await databaseWith(record);
    const before = JSON.stringify(await getRawRecord(name, 'c-broken'));
    const ws = await start(name);
    expect(errorsOf(ws)).toEqual([
      'De laatst geopende casus "Kapotte casus" kan niet worden geopend en is overgeslagen. relations[0].to: geen persoon met id "p-weg" De casus is niet gewijzigd.',
    ]);
    // There are cases, only none can be opened: a new empty one, not the demo.
    const open = ws.store.getState().doc;
    expect(open.case.id).not.toBe('c-broken');
    expect(open.people).toEqual([]);
    expect(await openCase(ws, 'c-broken')).toBe(false);
    expect(errorsOf(ws).at(-1)).toBe('Deze casus kan niet worden geopend: "Kapotte casus". relations[0].to: geen persoon met id "p-weg" De casus is niet gewijzigd.');
    // The rest works: the new case is stored next to the untouched broken one.
    ws.store.getState().run(addPerson, person('p1', { name: 'Sam' }));
    await ws.autosave?.flush();
    expect(((await getRawRecord(name, open.case.id)) as { doc: { people: unknown[] } }).doc.people).toHaveLength(1);
    expect(JSON.stringify(await getRawRecord(name, 'c-broken'))).toBe(before);
    expect(await getRawRecord(name, 'c-broken')).toEqual(record);
    ws.db?.close();
  });
});
