/**
 * Where a person added by a click in a netwerkkaart cell stands: the free spot in that wedge and
 * ring closest to the click, in the map's kept frame and among everyone already standing there
 * (the same rules holdStill.ts uses for anyone it places). `crowded` says the cell is full, so
 * the name field can say so before the person overlaps someone.
 */
import type { CaseDocument, Closeness, Point, Sector } from '../graph/schema';
import { freeSpot, Occupied, type Spot } from './freeSpot';
import { frameOf, geometryFromFrame } from './netwerkkaartFrame';
import { netwerkkaartView } from './netwerkkaartView';

export function spotForNewPerson(doc: CaseDocument, sector: Sector, closeness: Closeness, near: Point): Spot {
  const shown = netwerkkaartView(doc, { labels: false });
  const frame = doc.layout?.netwerkkaartFrame ?? frameOf(shown.geometry);
  const geometry = geometryFromFrame(doc, frame);
  const occupied = new Occupied();
  occupied.add(geometry.centre);
  for (const [id, at] of shown.positions) if (id !== shown.geometry.centreId) occupied.add(at);
  return freeSpot(geometry, sector, closeness, occupied, near);
}
