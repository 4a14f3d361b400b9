/**
 * Document -> React Flow nodes: exactly one node per person (a person in two families is
 * still one node), placed at the manual position of this view if there is one, else at the
 * automatic layout. Node objects are reused when nothing about them changed, so React Flow
 * and the memoised node component skip people that did not change.
 */
import type { Node } from '@xyflow/react';
import type { CaseDocument, Person, Point, ViewName } from '../graph/schema';
import { viewPositions } from '../layout/placement';
import type { Positions } from '../layout/types';
import type { NodeOverlay } from '../state/overlay';
import { emptyOverlay } from '../state/overlay';
import { personAccessibleName } from './accessibleName';
import { DEFAULT_ROOM, labelRoom } from '../draw/labelRoom';
import { NODE_BOX, NODE_HANDLES, NODE_MEASURED } from './nodeBox';

export interface PersonNodeData extends Record<string, unknown> {
  person: Person;
  view: ViewName;
  overlay: NodeOverlay;
  /** Width in flow px the name may take (genogram: up to the nearest neighbour on the row). */
  labelRoom: number;
}

export type PersonFlowNode = Node<PersonNodeData, 'person'>;

export interface NodeInput {
  doc: CaseDocument;
  view: ViewName;
  /** Automatic layout (plus fallbacks); manual positions from the document win over these. */
  auto: Positions;
  /** Transient positions while a drag is in progress (not yet in the document). */
  dragging?: Positions;
  overlays?: ReadonlyMap<string, NodeOverlay>;
  selectedId?: string | null;
}

function samePoint(a: Point, b: Point): boolean {
  return a.x === b.x && a.y === b.y;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function sameOverlay(a: NodeOverlay, b: NodeOverlay): boolean {
  return (
    a === b ||
    (a.overloaded === b.overloaded &&
      a.consent === b.consent &&
      a.dimmed === b.dimmed &&
      a.description === b.description &&
      a.openNeeds === b.openNeeds &&
      sameList(a.support, b.support) &&
      sameList(a.needs ?? [], b.needs ?? []) &&
      sameList(a.agreements, b.agreements))
  );
}

export function buildPersonNodes(input: NodeInput, previous?: Map<string, PersonFlowNode>): PersonFlowNode[] {
  const { doc, view, auto, dragging, overlays, selectedId } = input;
  // The view shows whoever has a position: in the genogram, only those its layout placed
  // (or who were placed by hand).
  const positions = viewPositions(doc, view, auto);
  const placed: Array<[Person, Point]> = [];
  for (const person of doc.people) {
    const position = dragging?.get(person.id) ?? positions.get(person.id);
    if (position) placed.push([person, position]);
  }
  const rooms = view === 'genogram' ? labelRoom(new Map(placed.map(([p, at]) => [p.id, at]))) : null;
  const nodes: PersonFlowNode[] = [];
  for (const [person, position] of placed) {
    const room = rooms?.get(person.id) ?? DEFAULT_ROOM;
    const fresh = overlays?.get(person.id) ?? emptyOverlay;
    const selected = selectedId === person.id;
    const old = previous?.get(person.id);
    // Overlays are recomputed on every document change; keep the old object when equal.
    const overlay = old && sameOverlay(old.data.overlay, fresh) ? old.data.overlay : fresh;
    if (
      old &&
      old.data.person === person &&
      old.data.view === view &&
      old.data.overlay === overlay &&
      old.data.labelRoom === room &&
      old.selected === selected &&
      samePoint(old.position, position)
    ) {
      nodes.push(old);
      continue;
    }
    // A move alone keeps the data object, so the person's drawing is not rebuilt (PersonNodeShell).
    const sameData =
      old && old.data.person === person && old.data.view === view && old.data.overlay === overlay && old.data.labelRoom === room;
    nodes.push({
      id: person.id,
      type: 'person',
      position,
      width: NODE_BOX,
      height: NODE_BOX,
      // Known up front, so React Flow does not measure the node in the DOM (see nodeBox.ts).
      measured: NODE_MEASURED,
      handles: NODE_HANDLES,
      selected,
      data: sameData ? old.data : { person, view, overlay, labelRoom: room },
      ariaLabel: personAccessibleName(person),
      // Deletion goes through the domain command (undoable), never through React Flow.
      deletable: false,
    });
  }
  return nodes;
}
