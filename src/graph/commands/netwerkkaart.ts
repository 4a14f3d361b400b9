import type { CaseDocument, Closeness, Point, Sector } from '../schema';
import { setPositions } from './layout';
import { updatePerson } from './people';

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
