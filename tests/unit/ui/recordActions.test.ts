import { createSaveStatusStore } from '../../../src/ui/saveStatus';
import { describe, expect, it } from 'vitest';
import { addPerson, removePerson } from '../../../src/graph/commands';
import type { Person } from '../../../src/graph/schema';
import { createAppStore } from '../../../src/state/store';
import { createNoticeStore } from '../../../src/ui/notices';
import { addAndSelect, removeWithUndo } from '../../../src/ui/editor/recordActions';
import type { Workspace } from '../../../src/ui/workspace';
import { makeDoc } from '../storage/fixtures';

const now = () => new Date('2026-11-28T12:00:00Z');
const workspace = (): Workspace => ({ store: createAppStore(makeDoc('c1', 'Test'), now), db: null, notices: createNoticeStore(), autosave: null, ownership: null, unstored: new Set(), saveStatus: createSaveStatusStore(), now });
const henk: Person = { id: 'p2', name: 'Henk', gender: 'male', sector: 'friends', closeness: 2 };

describe('record actions', () => {
  it('selects an added record, and neither selects nor reports success when the domain refuses it', () => {
    const ws = workspace();
    expect(addAndSelect(ws, addPerson, henk, 'person')).toBe(true);
    expect(ws.store.getState().session.selection).toEqual({ kind: 'person', id: 'p2' });
    ws.store.getState().setSession({ selection: null });
    // Same id again: refused, so nothing is selected.
    expect(addAndSelect(ws, addPerson, { ...henk, name: 'Ander' }, 'person')).toBe(false);
    expect(ws.store.getState().session.selection).toBeNull();
    expect(ws.store.getState().doc.people.map((p) => p.name)).toEqual([expect.any(String), 'Henk']);
  });

  it('removes with a notice whose action undoes the removal', () => {
    const ws = workspace();
    addAndSelect(ws, addPerson, henk, 'person');
    removeWithUndo(ws, removePerson, 'p2', 'Henk is verwijderd');
    expect(ws.store.getState().doc.people.some((p) => p.id === 'p2')).toBe(false);
    expect(ws.store.getState().session.selection).toBeNull();
    const [notice] = ws.notices.getState().notices;
    expect(notice?.text).toBe('Henk is verwijderd');
    notice?.action?.run();
    expect(ws.store.getState().doc.people.some((p) => p.id === 'p2')).toBe(true);
  });
});
