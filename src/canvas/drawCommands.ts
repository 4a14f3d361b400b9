/**
 * Composite commands for drawing live: each is one pure (doc, args) -> doc function, so that
 * "add a child with this name" is ONE store.run and ONE undo step, even though it adds a
 * person and one or two relations. If any part is refused, the whole gesture is refused.
 */
import type { CaseDocument, Closeness, Person, Point, Relation, Sector } from '../graph/schema';
import { addPerson, addRelation, relationProblem, setPositions, updatePerson } from '../graph/commands';
import { ID_PREFIX, newId } from '../graph/ids';
import { hasOwnEntry, mapToRecord, recordToMap } from '../graph/idRecord';

export type RelativeKind = 'partner' | 'child' | 'parent';
export type ConnectKind = 'partner' | 'parent-of' | 'child-of' | 'tie';

export function newPerson(name: string, sector: Sector, closeness: Closeness, id = newId(ID_PREFIX.person)): Person {
  return { id, name: name.trim(), gender: 'unknown', sector, closeness };
}

/** The relation a connect gesture from `a` to `b` makes. */
export function connectRelation(kind: ConnectKind, a: string, b: string, id = newId(ID_PREFIX.relation)): Relation {
  switch (kind) {
    case 'partner':
      return { id, kind: 'partner', from: a, to: b, status: 'relationship' };
    case 'parent-of':
      return { id, kind: 'parent', from: a, to: b, type: 'biological' };
    case 'child-of':
      return { id, kind: 'parent', from: b, to: a, type: 'biological' };
    case 'tie':
      return { id, kind: 'tie', from: a, to: b, quality: 'normal', flow: 'none' };
  }
}

/** Why the connect gesture cannot be made (Dutch), or null. */
export function connectProblem(doc: CaseDocument, relation: Relation): string | null {
  return relationProblem(doc, relation);
}

const ENDED = new Set(['divorced', 'separated', 'widowed']);

/** The one current partner of a person, if there is exactly one; a child added to them is the couple's. */
export function currentPartner(doc: CaseDocument, id: string): string | null {
  const partners: string[] = [];
  for (const r of doc.relations) {
    if (r.kind !== 'partner' || ENDED.has(r.status)) continue;
    if (r.from === id) partners.push(r.to);
    else if (r.to === id) partners.push(r.from);
  }
  return partners.length === 1 ? partners[0]! : null;
}

export interface AddRelativeArgs {
  /** The person the relative is added to. */
  of: string;
  kind: RelativeKind;
  person: Person;
  /** Ids for the new relations, for deterministic tests. */
  relationIds?: string[];
}

/** Family members land in the anchor's own family sector on the netwerkkaart. */
export function relativeSector(anchor: Person): Sector {
  return anchor.sector === 'household' ? 'household' : 'family';
}

export function addRelative(doc: CaseDocument, args: AddRelativeArgs): CaseDocument {
  const { of, kind, person } = args;
  if (!doc.people.some((p) => p.id === of)) return doc;
  const ids = [...(args.relationIds ?? [])];
  const rid = () => ids.shift() ?? newId(ID_PREFIX.relation);
  const relations: Relation[] = [];
  if (kind === 'partner') {
    relations.push({ id: rid(), kind: 'partner', from: of, to: person.id, status: 'relationship' });
  } else if (kind === 'parent') {
    relations.push({ id: rid(), kind: 'parent', from: person.id, to: of, type: 'biological' });
  } else {
    relations.push({ id: rid(), kind: 'parent', from: of, to: person.id, type: 'biological' });
    const partner = currentPartner(doc, of);
    if (partner) relations.push({ id: rid(), kind: 'parent', from: partner, to: person.id, type: 'biological' });
  }
  let next = addPerson(doc, person);
  if (next === doc) return doc;
  for (const r of relations) {
    const after = addRelation(next, r);
    if (after === next) return doc;
    next = after;
  }
  return next;
}

export interface CellMove {
  id: string;
  sector: Sector;
  closeness: Closeness;
}

/**
 * A drop on the netwerkkaart, as one undo step. Within a person's own sector and ring the drop is
 * a hand-placed position; dropped in another sector or ring, the person now belongs there (the
 * paper map works that way), so their sector and closeness change and the layout places them in
 * the new cell, next to the others there.
 */
export function dropOnNetwerkkaart(
  doc: CaseDocument,
  { positions, moves }: { positions: ReadonlyMap<string, Point>; moves: CellMove[] },
): CaseDocument {
  const moved = new Set(moves.map((m) => m.id));
  const kept = new Map([...positions].filter(([id]) => !moved.has(id)));
  let next = setPositions(doc, { view: 'netwerkkaart', positions: kept });
  for (const m of moves) next = updatePerson(next, { id: m.id, patch: { sector: m.sector, closeness: m.closeness } });
  const manual = next.layout?.netwerkkaart;
  if (manual && moves.some((m) => hasOwnEntry(manual, m.id))) {
    const rest = new Map([...recordToMap(manual)].filter(([id]) => !moved.has(id)));
    next = { ...next, layout: { ...next.layout, netwerkkaart: mapToRecord(rest) } };
  }
  return next;
}
