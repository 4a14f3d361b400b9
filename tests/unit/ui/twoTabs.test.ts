/**
 * Two tabs on one device, as two workspaces on one database with a shared (fake) lock manager
 * and a connected channel pair: nothing one tab does is silently undone by the other.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../src/graph/commands';
import type { CaseDocument } from '../../../src/graph/schema';
import { boot } from '../../../src/ui/boot';
import { deleteCase, importFile, listCases, openCase, renameCase } from '../../../src/ui/caseActions';
import { takeOver } from '../../../src/ui/caseOwner';
import type { Workspace } from '../../../src/ui/workspace';
import { serializeCase } from '../../../src/graph/parse';
import { channelPair, FakeLocks } from '../storage/fakeLocks';
import { makeDoc, storedDoc } from '../storage/fixtures';

let n = 0;
const now = () => new Date('2026-11-28T12:00:00Z');
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

async function twoTabs() {
  const dbName = `two-tabs-${++n}`;
  const locks = new FakeLocks();
  const [channelA, channelB] = channelPair();
  const a = await boot({ dbName, now, locks, channel: channelA });
  const b = await boot({ dbName, now, locks, channel: channelB });
  return { a, b };
}

const person = (id: string, name: string) => ({ id, name, gender: 'unknown' as const, sector: 'family' as const, closeness: 2 as const });
const names = (doc: CaseDocument | undefined) => doc?.people.map((p) => p.name) ?? [];
const alerts = (ws: Workspace) => ws.notices.getState().notices.filter((x) => x.kind === 'error').map((x) => x.text);
const stored = (ws: Workspace) => storedDoc(ws.db!, ws.store.getState().doc.case.id);

describe('two tabs on one case', () => {
  it('the second tab is told the case is open elsewhere and cannot change it', async () => {
    const { a, b } = await twoTabs();
    expect(b.store.getState().doc.case.id).toBe(a.store.getState().doc.case.id);
    expect(a.store.getState().readOnly).toBe(false);
    expect(b.store.getState().readOnly).toBe(true);
    expect(alerts(b)).toContain('Deze casus is open in een ander tabblad. Hier kunt u alleen kijken; wijzigingen worden niet bewaard.');
    b.store.getState().run(addPerson, person('p-b', 'Van tab B'));
    expect(names(b.store.getState().doc)).not.toContain('Van tab B');
  });

  it('take-over: B gets A\'s last edit, A stops writing and says so, and nothing is silently lost', async () => {
    const { a, b } = await twoTabs();
    a.store.getState().run(addPerson, person('p-a', 'Van tab A'));
    // Still in autosave's debounce when B takes over: A stores it before letting go.
    await takeOver(b);
    expect(names(b.store.getState().doc)).toContain('Van tab A');
    expect(b.store.getState().readOnly).toBe(false);
    expect(a.store.getState().readOnly).toBe(true);
    expect(alerts(a)).toContain('Deze casus is in een ander tabblad geopend; hier worden geen wijzigingen meer bewaard.');
    const offer = a.notices.getState().notices.find((x) => x.key === 'ownership');
    expect(offer?.action?.label).toBe('Hier verder werken');

    b.store.getState().run(addPerson, person('p-b', 'Van tab B'));
    a.store.getState().run(addPerson, person('p-a2', 'Later in tab A'));
    await b.autosave!.flush();
    await a.autosave!.flush();
    expect(names(await stored(b))).toEqual(expect.arrayContaining(['Van tab A', 'Van tab B']));
    expect(names(await stored(b))).not.toContain('Later in tab A');
    expect(names(a.store.getState().doc)).not.toContain('Later in tab A');

    // A takes it back and sees B's edit.
    await takeOver(a);
    expect(names(a.store.getState().doc)).toContain('Van tab B');
    expect(b.store.getState().readOnly).toBe(true);
  });

  it('a case deleted in one tab does not come back from the other', async () => {
    const { a, b } = await twoTabs();
    const id = a.store.getState().doc.case.id;
    a.store.getState().run(addPerson, person('p-a', 'Pending in A'));
    // B deletes it (from its case list) while A has it open with an unsaved edit.
    await deleteCase(b, id);
    await settle();
    await a.autosave!.flush();
    expect(await storedDoc(a.db!, id)).toBeUndefined();
    expect(a.store.getState().doc.case.id).not.toBe(id);
    expect(a.notices.getState().notices.map((x) => x.text)).toContain(
      'Casus "Voorbeeld: familie De Vries" is in een ander tabblad verwijderd en hier gesloten.',
    );
    expect((await listCases(a)).map((c) => c.id)).not.toContain(id);
  });

  it('a save of a case deleted meanwhile is refused, even without the message between tabs', async () => {
    const dbName = `two-tabs-${++n}`;
    const a = await boot({ dbName, now, locks: null, channel: null });
    const b = await boot({ dbName, now, locks: null, channel: null });
    const id = a.store.getState().doc.case.id;
    await deleteCase(b, id);
    a.store.getState().run(addPerson, person('p-a', 'Too late'));
    await a.autosave!.flush();
    await settle();
    expect(await storedDoc(a.db!, id)).toBeUndefined();
    expect(a.store.getState().doc.case.id).not.toBe(id);
  });

  it('renaming a case that is open in another tab is refused there, not overwritten later', async () => {
    const { a, b } = await twoTabs();
    const id = a.store.getState().doc.case.id;
    // B moves to a case of its own, then tries to rename A's case from the list.
    await importFile(b, new File([serializeCase(makeDoc('other', 'Ander'))], 'ander.netwerkkaart.json'));
    await renameCase(b, id, 'Nieuwe naam');
    expect(alerts(b)).toContain('Deze casus is open in een ander tabblad. Wijzig de naam daar.');
    expect((await storedDoc(b.db!, id))?.case.title).toBe('Voorbeeld: familie De Vries');
    // B let go of the demo case when it switched, so A (still the owner) could take it back freely.
    await openCase(b, id);
    expect(b.store.getState().readOnly).toBe(true);
  });

  it('a read-only tab continues on its own, with the owner\'s last edit, once the owner lets go', async () => {
    const { a, b } = await twoTabs();
    const id = a.store.getState().doc.case.id;
    a.store.getState().run(addPerson, person('p-a', 'Laatste van A'));
    // A opens another case: its edit is stored and the demo case let go.
    await importFile(a, new File([serializeCase(makeDoc('other', 'Ander'))], 'ander.netwerkkaart.json'));
    await settle();
    expect(b.store.getState().doc.case.id).toBe(id);
    expect(b.store.getState().readOnly).toBe(false);
    expect(names(b.store.getState().doc)).toContain('Laatste van A');
    expect(alerts(b)).toEqual([]);
    expect(b.notices.getState().notices.map((x) => x.text)).toContain(
      'Het andere tabblad werkt niet meer aan deze casus. U kunt hier verder werken.',
    );
    // And A, opening the demo case again, is now the one told.
    await openCase(a, id);
    expect(a.store.getState().readOnly).toBe(true);
  });

  it('a tab too busy to hear it lost the case still cannot write over the new owner', async () => {
    const { a, b } = await twoTabs();
    const id = a.store.getState().doc.case.id;
    // As if B took the case over while A's page was blocked: B is recorded as the writer, and A
    // has not heard of it yet (its lock still looks held).
    await b.db!.markWriter(id, 'the other tab');
    a.store.getState().run(addPerson, person('p-late', 'Te laat uit A'));
    await a.autosave!.flush();
    expect(names(await storedDoc(a.db!, id))).not.toContain('Te laat uit A');
    expect(a.store.getState().readOnly).toBe(true);
    expect(alerts(a)).toContain('Deze casus is in een ander tabblad geopend; hier worden geen wijzigingen meer bewaard.');
  });
});
