import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import {
  applyNodeIntent,
  deleteSelection,
  interpretEdgeChanges,
  interpretNodeChanges,
} from '../../../src/canvas/changes';
import { createAppStore, undo } from '../../../src/state/store';
import { docWith, person } from './fixtures';

const pos = (id: string, x: number, y: number, dragging: boolean): NodeChange => ({
  id,
  type: 'position',
  position: { x, y },
  dragging,
});

describe('React Flow changes -> commands', () => {
  it('keeps moves during a drag as a preview and commits the drag end', () => {
    const intent = interpretNodeChanges([pos('a', 1, 2, true), pos('b', 3.4, 4.6, false)], null);
    expect(intent.preview).toEqual(new Map([['a', { x: 1, y: 2 }]]));
    expect(intent.commit).toEqual(new Map([['b', { x: 3, y: 5 }]]));
    expect(intent.selection).toBeUndefined();
  });

  it('turns a whole drag into ONE undo step', () => {
    const store = createAppStore(docWith([person('a'), person('b')]));
    // Many pointer moves while dragging: nothing reaches the document.
    for (let i = 0; i < 20; i++) {
      const intent = interpretNodeChanges([pos('a', i, i, true), pos('b', i + 50, i, true)], null);
      expect(applyNodeIntent(store, 'genogram', intent)).toBe(false);
    }
    expect(store.getState().doc.layout).toBeUndefined();
    // Drag end for both selected people: one command.
    applyNodeIntent(store, 'genogram', interpretNodeChanges([pos('a', 20, 20, false), pos('b', 70, 20, false)], null));
    expect(store.getState().doc.layout?.genogram).toEqual({ a: { x: 20, y: 20 }, b: { x: 70, y: 20 } });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().doc.layout).toBeUndefined();
  });

  it('turns selection changes into session.selection, not document changes', () => {
    const store = createAppStore(docWith([person('a'), person('b')]));
    const select = interpretNodeChanges(
      [
        { id: 'a', type: 'select', selected: false },
        { id: 'b', type: 'select', selected: true },
      ],
      { kind: 'person', id: 'a' },
    );
    expect(select.selection).toEqual({ kind: 'person', id: 'b' });
    applyNodeIntent(store, 'genogram', select);
    expect(store.getState().session.selection).toEqual({ kind: 'person', id: 'b' });
    expect(store.temporal.getState().pastStates).toHaveLength(0);

    const deselect = interpretNodeChanges([{ id: 'b', type: 'select', selected: false }], { kind: 'person', id: 'b' });
    expect(deselect.selection).toBeNull();
    // Deselecting a node that was not the selection leaves a selected tie alone.
    expect(interpretNodeChanges([{ id: 'b', type: 'select', selected: false }], { kind: 'relation', id: 't' }).selection).toBeUndefined();
    expect(interpretEdgeChanges([{ id: 't', type: 'select', selected: true }], null)).toEqual({ kind: 'relation', id: 't' });
    expect(interpretEdgeChanges([{ id: 't', type: 'select', selected: false }], { kind: 'relation', id: 't' })).toBeNull();
  });

  it('ignores dimension changes (node sizes are fixed)', () => {
    const intent = interpretNodeChanges([{ id: 'a', type: 'dimensions', dimensions: { width: 1, height: 1 } }], null);
    expect(intent).toEqual({ preview: new Map(), commit: new Map() });
  });

  it('deletes the selection as one undoable step, cascading the person\'s relations', () => {
    const store = createAppStore(
      docWith([person('a'), person('b')], [{ id: 'r', kind: 'partner', from: 'a', to: 'b', status: 'married' }]),
    );
    expect(deleteSelection(store)).toBe(false);
    store.getState().setSession({ selection: { kind: 'person', id: 'a' } });
    expect(deleteSelection(store)).toBe(true);
    expect(store.getState().doc.people.map((p) => p.id)).toEqual(['b']);
    expect(store.getState().doc.relations).toEqual([]);
    expect(store.getState().session.selection).toBeNull();
    undo(store);
    expect(store.getState().doc.people).toHaveLength(2);
    expect(store.getState().doc.relations).toHaveLength(1);
  });
});

describe('drops on the netwerkkaart', () => {
  const placeOf = (p: { x: number; y: number }) =>
    p.x > 100 ? { sector: 'school-work' as const, closeness: 3 as const } : { sector: 'family' as const, closeness: 2 as const };

  it('keeps a drop inside the own sector and ring as a hand-placed position', () => {
    const store = createAppStore(docWith([person('a', { sector: 'family', closeness: 2 })]));
    applyNodeIntent(store, 'netwerkkaart', interpretNodeChanges([pos('a', 10, 20, false)], null), placeOf);
    expect(store.getState().doc.layout?.netwerkkaart).toEqual({ a: { x: 10, y: 20 } });
    expect(store.getState().doc.people[0]).toMatchObject({ sector: 'family', closeness: 2 });
  });

  it('moves a person dropped in another sector and ring there, as one undo step', () => {
    const store = createAppStore(
      docWith([person('a', { sector: 'family', closeness: 2 })], [], { netwerkkaart: { a: { x: 10, y: 20 } } }),
    );
    applyNodeIntent(store, 'netwerkkaart', interpretNodeChanges([pos('a', 300, 20, false)], null), placeOf);
    const doc = store.getState().doc;
    expect(doc.people[0]).toMatchObject({ sector: 'school-work', closeness: 3 });
    // They stay where they were dropped: that is where the family saw them go.
    expect(doc.layout?.netwerkkaart).toEqual({ a: { x: 300, y: 20 } });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().doc.people[0]).toMatchObject({ sector: 'family', closeness: 2 });
    expect(store.getState().doc.layout?.netwerkkaart).toEqual({ a: { x: 10, y: 20 } });
  });

  it('never moves the focus person out of the centre, and the genogram ignores sectors', () => {
    const store = createAppStore(docWith([person('f', { focus: true, sector: 'household', closeness: 1 })]));
    applyNodeIntent(store, 'netwerkkaart', interpretNodeChanges([pos('f', 300, 0, false)], null), placeOf);
    expect(store.getState().doc.people[0]!.sector).toBe('household');
    applyNodeIntent(store, 'genogram', interpretNodeChanges([pos('f', 500, 0, false)], null), placeOf);
    expect(store.getState().doc.people[0]!.sector).toBe('household');
    expect(store.getState().doc.layout?.genogram).toEqual({ f: { x: 500, y: 0 } });
  });
});
