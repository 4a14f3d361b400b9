/**
 * The ONE place where React Flow's change objects become domain commands and session updates,
 * so the canvas never owns the truth (xyflow's applyNodeChanges pattern, pointed at our store).
 *
 * - position changes while `dragging` are only a transient preview (kept in canvas state);
 * - position changes with `dragging: false` (drag end, or React Flow's keyboard nudge) are
 *   committed as ONE setPositions command: a whole drag is one undo step;
 * - on the netwerkkaart, a drop in another sector or ring moves the person to that cell;
 * - select changes become session.selection;
 * - dimension changes are ignored: node sizes are fixed (see nodeBox.ts).
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Closeness, Point, Sector, ViewName } from '../graph/schema';
import { dropSpot } from '../layout/newPersonSpot';
import { dropOnNetwerkkaart, removePerson, removeRelation, setPositions, type CellMove } from '../graph/commands';
import type { Selection } from '../state/session';
import type { AppStore } from '../state/store';


export interface NodeChangeIntent {
  /** Positions to show while dragging (not saved). */
  preview: Map<string, Point>;
  /** Positions to save as one undo step. */
  commit: Map<string, Point>;
  /** New selection, or undefined when the changes do not touch selection. */
  selection?: Selection;
}

const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

export function interpretNodeChanges(changes: NodeChange[], current: Selection): NodeChangeIntent {
  const intent: NodeChangeIntent = { preview: new Map(), commit: new Map() };
  for (const c of changes) {
    if (c.type === 'position' && c.position) {
      if (c.dragging) intent.preview.set(c.id, c.position);
      else intent.commit.set(c.id, round(c.position));
    } else if (c.type === 'select') {
      if (c.selected) intent.selection = { kind: 'person', id: c.id };
      else if (intent.selection === undefined && current?.kind === 'person' && current.id === c.id) {
        intent.selection = null;
      }
    }
  }
  return intent;
}

export function interpretEdgeChanges(changes: EdgeChange[], current: Selection): Selection | undefined {
  let selection: Selection | undefined;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    if (c.selected) selection = { kind: 'relation', id: c.id };
    else if (selection === undefined && current?.kind === 'relation' && current.id === c.id) selection = null;
  }
  return selection;
}

/** The netwerkkaart's sector and ring under a point (placeAt), or null outside the rings. */
export type PlaceOf = (point: Point) => { sector: Sector; closeness: Closeness } | null;

/**
 * Apply an interpreted change to the store; returns true when something was committed.
 * On the netwerkkaart (`placeOf` given) a drop in another sector or ring moves the person there.
 */
export function applyNodeIntent(store: AppStore, view: ViewName, intent: NodeChangeIntent, placeOf?: PlaceOf): boolean {
  const state = store.getState();
  if (intent.selection !== undefined) setSelection(store, intent.selection);
  if (intent.commit.size === 0) return false;
  let positions = intent.commit;
  if (view === 'netwerkkaart' && placeOf) {
    const moves: CellMove[] = [];
    const landed = new Map(positions);
    for (const [id, point] of intent.commit) {
      const person = state.doc.people.find((p) => p.id === id);
      const place = placeOf(point);
      if (!person || person.focus || !place) continue;
      if (place.sector !== person.sector || place.closeness !== person.closeness) moves.push({ id, ...place });
      // Dropped on top of someone: the nearest free spot instead, so no one is hidden.
      landed.set(id, dropSpot(state.doc, id, place.sector, place.closeness, point));
    }
    positions = landed;
    if (moves.length > 0) {
      state.run(dropOnNetwerkkaart, { positions, moves });
      return true;
    }
  }
  state.run(setPositions, { view, positions });
  return true;
}

export function setSelection(store: AppStore, selection: Selection): void {
  const current = store.getState().session.selection;
  if (current === selection) return;
  if (current && selection && current.kind === selection.kind && current.id === selection.id) return;
  store.getState().setSession({ selection });
}

/** Delete what is selected, as one undo step. */
export function deleteSelection(store: AppStore): boolean {
  const { session, doc, run } = store.getState();
  const sel = session.selection;
  if (!sel) return false;
  if (sel.kind === 'person') {
    if (!doc.people.some((p) => p.id === sel.id)) return false;
    run(removePerson, { id: sel.id });
  } else {
    if (!doc.relations.some((r) => r.id === sel.id)) return false;
    run(removeRelation, { id: sel.id });
  }
  store.getState().setSession({ selection: null });
  return true;
}

/** Move one person by a few pixels (keyboard), one undo step per key press. */
export function nudge(store: AppStore, view: ViewName, id: string, from: Point, dx: number, dy: number): void {
  store.getState().run(setPositions, { view, positions: new Map([[id, round({ x: from.x + dx, y: from.y + dy })]]) });
}
