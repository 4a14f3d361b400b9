/**
 * Drawing live, as single commands: "add a child with this name" is ONE store.run and ONE undo
 * step although it adds a person and one or two relations; if any part is refused the whole
 * gesture is refused. Pure like every command: the caller passes in every new id.
 */
import type { CaseDocument, Closeness, Person, Relation, Sector } from '../schema';
import { currentPartner, parentsOf, partnersOf } from '../queries';
import { addPerson } from './people';
import { addRelation } from './relations';

export type RelativeKind = 'partner' | 'child' | 'parent';
export type ConnectKind = 'partner' | 'parent-of' | 'child-of' | 'tie';

/** A person as the map's name field makes them: the rest is filled in later, if ever. */
export function newPerson(id: string, name: string, sector: Sector, closeness: Closeness): Person {
  return { id, name: name.trim(), gender: 'unknown', sector, closeness };
}

/** The relation a connect gesture from `a` to `b` makes. */
export function connectRelation(kind: ConnectKind, a: string, b: string, id: string): Relation {
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

const further = (c: Closeness): Closeness => (c < 3 ? ((c + 1) as Closeness) : 3);

/**
 * Where a new relative of `anchor` stands on the netwerkkaart, as a professional would put them
 * first: a partner beside the anchor; a child of the household in the household; a parent of a
 * child of the household in the household if none lives there yet, otherwise (the other parent)
 * in the family's inner ring; anyone a generation away from a family member one ring further
 * out. Measured on the reference family (issue 9), putting everyone in "Huishouden, dichtbij"
 * meant dragging 8 of 13 relatives afterwards.
 */
export function relativePlace(doc: CaseDocument, anchor: Person, kind: RelativeKind): { sector: Sector; closeness: Closeness } {
  if (anchor.sector !== 'household') {
    if (kind === 'partner') return { sector: anchor.sector, closeness: anchor.closeness };
    // Relatives of a friend or a neighbour belong with them; of family, one generation further.
    return anchor.sector === 'family' ? { sector: 'family', closeness: further(anchor.closeness) } : { sector: anchor.sector, closeness: anchor.closeness };
  }
  if (kind === 'partner') return { sector: 'household', closeness: anchor.closeness };
  if (kind === 'child') return { sector: 'household', closeness: 1 };
  const household = new Map(doc.people.filter((p) => p.sector === 'household').map((p) => [p.id, p]));
  let parentsAtHome = 0;
  let childrenAtHome = 0;
  for (const r of doc.relations) {
    if (r.kind !== 'parent') continue;
    if (r.to === anchor.id && household.has(r.from)) parentsAtHome++;
    if (r.from === anchor.id && household.has(r.to)) childrenAtHome++;
  }
  // A parent of an adult of the household is a grandparent of its children.
  if (childrenAtHome > 0 && !anchor.focus) return { sector: 'family', closeness: 2 };
  return parentsAtHome === 0 ? { sector: 'household', closeness: 1 } : { sector: 'family', closeness: 1 };
}

export interface AddRelativeArgs {
  /** The person the relative is added to. */
  of: string;
  kind: RelativeKind;
  /** The new person; without a sector and ring they go where relativePlace says. */
  person: Omit<Person, 'sector' | 'closeness'> & Partial<Pick<Person, 'sector' | 'closeness'>>;
  /** Ids for the new relations: two are used when a child is added to a couple, or a second parent. */
  relationIds: readonly string[];
}

export function addRelative(doc: CaseDocument, args: AddRelativeArgs): CaseDocument {
  const { of, kind } = args;
  const anchor = doc.people.find((p) => p.id === of);
  if (!anchor) return doc;
  const place = relativePlace(doc, anchor, kind);
  const person = { ...args.person, sector: args.person.sector ?? place.sector, closeness: args.person.closeness ?? place.closeness } as Person;
  const ids = [...args.relationIds];
  const relations: Relation[] = [];
  const take = () => ids.shift();
  const push = (make: (id: string) => Relation) => {
    const id = take();
    if (id === undefined) return false;
    relations.push(make(id));
    return true;
  };
  let complete: boolean;
  if (kind === 'partner') {
    complete = push((id) => ({ id, kind: 'partner', from: of, to: person.id, status: 'relationship' }));
  } else if (kind === 'parent') {
    complete = push((id) => ({ id, kind: 'parent', from: person.id, to: of, type: 'biological' }));
    // The second parent of a child whose one parent has no partner yet is that parent's partner:
    // "Ouder toevoegen" twice draws the couple, as a professional asking "and dad?" means it.
    const parents = parentsOf(doc, of);
    const only = parents.length === 1 ? parents[0]!.id : null;
    if (complete && only !== null && partnersOf(doc, only).length === 0) {
      complete = push((id) => ({ id, kind: 'partner', from: only, to: person.id, status: 'relationship' }));
    }
  } else {
    complete = push((id) => ({ id, kind: 'parent', from: of, to: person.id, type: 'biological' }));
    const partner = currentPartner(doc, of);
    if (complete && partner) complete = push((id) => ({ id, kind: 'parent', from: partner, to: person.id, type: 'biological' }));
  }
  if (!complete) return doc;
  let next = addPerson(doc, person);
  if (next === doc) return doc;
  for (const r of relations) {
    const after = addRelation(next, r);
    if (after === next) return doc;
    next = after;
  }
  return next;
}
