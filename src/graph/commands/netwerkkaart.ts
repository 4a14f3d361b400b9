import type { CaseDocument, Closeness, Person, Point, Sector } from '../schema';
import { setPositions } from './layout';
import { addPerson, updatePerson } from './people';

export interface CellMove {
  id: string;
  sector: Sector;
  closeness: Closeness;
}

/**
 * A drop on the netwerkkaart, as one undo step. Dropped in another sector or ring, the person
 * now belongs there (the paper map works that way): their sector and ring change, and they stay
 * where they were dropped, since that is where the family just saw them go.
 */
export function dropOnNetwerkkaart(
  doc: CaseDocument,
  { positions, moves }: { positions: ReadonlyMap<string, Point>; moves: readonly CellMove[] },
): CaseDocument {
  let next = setPositions(doc, { view: 'netwerkkaart', positions });
  for (const m of moves) next = updatePerson(next, { id: m.id, patch: { sector: m.sector, closeness: m.closeness } });
  return next;
}

/**
 * A person added by a click in a cell of the netwerkkaart, standing where the click was (the
 * caller finds the free spot nearest to it): one command, one undo step. holdStill keeps a
 * position a command set itself, so nobody else moves and the new person is where one pointed.
 */
export function addPersonAt(doc: CaseDocument, { person, at }: { person: Person; at: Point }): CaseDocument {
  const added = addPerson(doc, person);
  if (added === doc) return doc;
  return setPositions(added, { view: 'netwerkkaart', positions: new Map([[person.id, at]]) });
}
