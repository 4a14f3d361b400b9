import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeCase } from '../../../src/graph/parse';
import { addPerson } from '../../../src/graph/commands';
import { undo } from '../../../src/state/store';
import { boot } from '../../../src/ui/boot';
import { deleteCase, duplicateCase, importFile, listCases, newCase, openCase, renameCase } from '../../../src/ui/caseActions';
import { makeDoc, storedDoc } from '../storage/fixtures';
import { getRawRecord, putRawRecord } from '../storage/rawRecords';

let n = 0;
const now = () => new Date('2026-11-28T12:00:00Z');
const fresh = () => boot({ dbName: `ui-test-${++n}`, now, locks: null, channel: null });
const errorsOf = (ws: Awaited<ReturnType<typeof fresh>>) =>
  ws.notices.getState().notices.filter((x) => x.kind === 'error').map((x) => x.text);

describe('boot', () => {
  it('stores and opens the demo case on first start, and reopens the last case after', async () => {
    const ws = await fresh();
    expect(ws.store.getState().doc.case.title).toBe('Voorbeeld: familie De Vries');
    expect((await listCases(ws)).map((c) => c.title)).toEqual(['Voorbeeld: familie De Vries']);
    await newCase(ws);
    const id = ws.store.getState().doc.case.id;
    ws.db!.close();
    const again = await boot({ dbName: `ui-test-${n}`, now, locks: null, channel: null });
    expect(again.store.getState().doc.case.id).toBe(id);
    expect(await listCases(again)).toHaveLength(2);
  });
});

describe('a stored case that fails the checks', () => {
  it('is skipped at start-up with a notice naming place and reason, left untouched, and refused from the menu', async () => {
    const ws = await fresh();
    const good = ws.store.getState().doc.case.id;
    const broken = makeDoc('c-broken', 'Kapotte casus');
    // A dangling reference, as a damaged record or another app version could leave it.
    broken.relations = [{ id: 'r1', kind: 'tie', from: 'p1', to: 'p-weg', quality: 'normal', flow: 'none' }];
    // Written straight into the database, past every command.
    ws.db!.close();
    await putRawRecord(`ui-test-${n}`, { id: broken.case.id, title: broken.case.title, updatedAt: '2026-11-29T00:00:00.000Z', doc: broken }, { lastOpen: true });
    const again = await boot({ dbName: `ui-test-${n}`, now, locks: null, channel: null });
    expect(again.store.getState().doc.case.id).toBe(good);
    const [message] = errorsOf(again);
    expect(message).toContain('"Kapotte casus" kan niet worden geopend');
    expect(message).toContain('relations[0].to: geen persoon met id "p-weg"');
    expect(await again.db!.loadCase('c-broken')).toMatchObject({ ok: false, error: { code: 'dangling-ref', path: 'relations[0].to' } });
    expect(((await getRawRecord(`ui-test-${n}`, 'c-broken')) as { doc: typeof broken }).doc.relations).toEqual(broken.relations);
    expect(await openCase(again, 'c-broken')).toBe(false);
    expect(errorsOf(again).at(-1)).toContain('Deze casus kan niet worden geopend');
    expect(again.store.getState().doc.case.id).toBe(good);
    // Nor copied: the copy could not be opened either.
    await duplicateCase(again, 'c-broken');
    expect(errorsOf(again).at(-1)).toContain('Deze casus kan niet worden geopend: "Kapotte casus". relations[0].to: geen persoon met id "p-weg"');
    expect((await listCases(again)).map((c) => c.id).sort()).toEqual(['c-broken', good].sort());
  });
});

describe('case actions', () => {
  it('imports a file as a new case with a fresh id when the id is taken, leaving the original', async () => {
    const ws = await fresh();
    const demoId = ws.store.getState().doc.case.id;
    const text = serializeCase(makeDoc(demoId, 'Zelfde id'));
    expect(await importFile(ws, new File([text], 'x.netwerkkaart.json'))).toBe(true);
    const imported = ws.store.getState().doc;
    expect(imported.case.title).toBe('Zelfde id');
    expect(imported.case.id).not.toBe(demoId);
    expect((await storedDoc(ws.db!, demoId))?.case.title).toBe('Voorbeeld: familie De Vries');
    expect(await listCases(ws)).toHaveLength(2);
  });

  it('a refused file leaves the open case and its undo history alone and says why', async () => {
    const ws = await fresh();
    ws.store.getState().run(addPerson, { id: 'p-new', name: 'Nieuw', gender: 'unknown', sector: 'family', closeness: 2 });
    const before = ws.store.getState().doc;
    const ok = await importFile(ws, new File(['{"format":"netwerkkaart","version":1'], 'kapot.json'));
    expect(ok).toBe(false);
    expect(ws.store.getState().doc).toBe(before);
    expect(ws.store.temporal.getState().pastStates).toHaveLength(1);
    expect(errorsOf(ws)[0]).toMatch(/^"kapot\.json" kan niet worden geïmporteerd\. Dit is geen geldig JSON-bestand/);
  });

  it('saves the open case before opening another, so no edit is lost', async () => {
    const ws = await fresh();
    const demoId = ws.store.getState().doc.case.id;
    await newCase(ws);
    ws.store.getState().run(addPerson, { id: 'p-x', name: 'Vlak voor wisselen', gender: 'unknown', sector: 'family', closeness: 2 });
    await openCase(ws, demoId);
    expect(ws.store.getState().doc.case.id).toBe(demoId);
    const cases = await listCases(ws);
    const other = cases.find((c) => c.id !== demoId)!;
    expect((await storedDoc(ws.db!, other.id))?.people.map((p) => p.name)).toEqual(['Vlak voor wisselen']);
  });

  it('renaming the open case is one undo step and is saved', async () => {
    const ws = await fresh();
    await renameCase(ws, ws.store.getState().doc.case.id, '  Familie Ngọc  ');
    expect(ws.store.getState().doc.case.title).toBe('Familie Ngọc');
    expect((await listCases(ws))[0]?.title).toBe('Familie Ngọc');
    undo(ws.store);
    expect(ws.store.getState().doc.case.title).toBe('Voorbeeld: familie De Vries');
  });

  it('duplicates with "(kopie)", and deleting the open case opens the next one', async () => {
    const ws = await fresh();
    const demoId = ws.store.getState().doc.case.id;
    await duplicateCase(ws, demoId);
    const copy = (await listCases(ws)).find((c) => c.id !== demoId)!;
    expect(copy.title).toBe('Voorbeeld: familie De Vries (kopie)');
    await deleteCase(ws, demoId);
    expect(ws.store.getState().doc.case.id).toBe(copy.id);
    await deleteCase(ws, copy.id);
    expect(ws.store.getState().doc.case.title).toBe('Nieuwe casus');
    expect(await listCases(ws)).toHaveLength(1);
  });

  it('without IndexedDB the app still starts on the demo case and shows why nothing is kept', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const ws = await fresh();
      expect(ws.db).toBeNull();
      expect(ws.store.getState().doc.case.title).toBe('Voorbeeld: familie De Vries');
      expect(errorsOf(ws)[0]).toContain('privévenster');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('a full disk', () => {
  let diskFull = false;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (diskFull && this.name === 'cases') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  afterEach(() => {
    diskFull = false;
    vi.useRealTimers();
  });
  // fake-indexeddb answers on setImmediate, which stays real: let it run between timer steps.
  const advance = async (ms: number) => {
    for (let t = 0; t < ms; t += 50) {
      await vi.advanceTimersByTimeAsync(50);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const infosOf = (ws: Awaited<ReturnType<typeof fresh>>) =>
    ws.notices.getState().notices.filter((x) => x.kind === 'info').map((x) => x.text);

  it('an import is not confirmed as stored; it is stored, and the alert goes, once space is free', async () => {
    const ws = await fresh();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    diskFull = true;
    expect(await importFile(ws, new File([serializeCase(makeDoc('imp', 'Geïmporteerd'))], 'x.netwerkkaart.json'))).toBe(true);
    expect(ws.store.getState().doc.case.id).toBe('imp');
    expect(infosOf(ws).join(' ')).not.toContain('geïmporteerd en geopend');
    expect(infosOf(ws)).toEqual([expect.stringContaining('is geopend, maar nog niet bewaard')]);
    expect(errorsOf(ws)[0]).toContain('vol');
    await advance(2000);
    expect(await storedDoc(ws.db!, 'imp')).toBeUndefined();
    expect(errorsOf(ws)[0]).toContain('vol');
    diskFull = false;
    await advance(6000);
    expect((await storedDoc(ws.db!, 'imp'))?.case.title).toBe('Geïmporteerd');
    expect(errorsOf(ws)).toEqual([]);
  });

  it('an edit made while the disk is full is stored once space is free, without another edit', async () => {
    const ws = await fresh();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    diskFull = true;
    ws.store.getState().run(addPerson, { id: 'p-full', name: 'Bij volle schijf', gender: 'unknown', sector: 'family', closeness: 2 });
    await advance(1500);
    expect(errorsOf(ws)[0]).toContain('vol');
    diskFull = false;
    await advance(3000);
    const id = ws.store.getState().doc.case.id;
    expect((await storedDoc(ws.db!, id))?.people.map((p) => p.name)).toContain('Bij volle schijf');
    expect(errorsOf(ws)).toEqual([]);
  });
});
