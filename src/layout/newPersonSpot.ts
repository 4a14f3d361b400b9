/**
 * Where a person stands who is put on the netwerkkaart by hand: added by a click in a cell, or
 * dropped after a drag. A click gets the free spot in that wedge and ring closest to it; a drop
 * stays exactly where it was let go, unless it would cover someone, then it slides to the
 * nearest free spot (in a full cell, the roomiest). Both use the map's kept frame and everyone
 * standing there, the rules holdStill.ts uses for anyone it places. `crowded` says a cell is
 * full, so the name field can say so before the person overlaps someone.
 */
import type { CaseDocument, Closeness, Point, Sector } from '../graph/schema';
import { freeSpot, isClear, Occupied, type Spot } from './freeSpot';
import { frameOf, geometryFromFrame } from './netwerkkaartFrame';
import { netwerkkaartView } from './netwerkkaartView';
import type { EcogramGeometry } from './netwerkkaartGeometry';

function standing(doc: CaseDocument, except: string | null): { geometry: EcogramGeometry; occupied: Occupied } {
  const shown = netwerkkaartView(doc, { labels: false });
  const frame = doc.layout?.netwerkkaartFrame ?? frameOf(shown.geometry);
  const geometry = geometryFromFrame(doc, frame);
  const occupied = new Occupied();
  // The centre disc is kept for the young person; a hand-placed drop is only kept off people.
  if (except === null || shown.geometry.centreId !== null) occupied.add(geometry.centre);
  for (const [id, at] of shown.positions) if (id !== shown.geometry.centreId && id !== except) occupied.add(at);
  return { geometry, occupied };
}

export function spotForNewPerson(doc: CaseDocument, sector: Sector, closeness: Closeness, near: Point): Spot {
  const { geometry, occupied } = standing(doc, null);
  return freeSpot(geometry, sector, closeness, occupied, near);
}

/** Where person `id`, dropped at `dropped` in this cell, ends up. */
export function dropSpot(doc: CaseDocument, id: string, sector: Sector, closeness: Closeness, dropped: Point): Point {
  const { geometry, occupied } = standing(doc, id);
  if (isClear(dropped, occupied)) return dropped;
  // In a full cell freeSpot gives the roomiest place: overlapping a little beats covering someone.
  return freeSpot(geometry, sector, closeness, occupied, dropped).at;
}
