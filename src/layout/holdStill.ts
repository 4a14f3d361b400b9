/**
 * "Adding, moving or removing one person never moves anyone else" on the netwerkkaart.
 *
 * The automatic netwerkkaart is sized from how many people each wedge and ring holds and sorts
 * people by name, so any change to the people would move others: one new person moved 14 of 21.
 * This runs after every command (see the store): when the people changed, everyone who was on
 * the map and was not touched is written down where they stood, the frame (wedges and rings) is
 * kept as it was, and whoever is new, changed wedge or ring, or left the centre gets a free spot
 * (freeSpot.ts). A position the command set itself (a drop) is kept. Only "Automatisch schikken"
 * (clearLayout) rearranges.
 */
import type { CaseDocument, Person, Point } from '../graph/schema';
import { mapToRecord } from '../graph/idRecord';
import { focusPerson } from '../graph/queries';
import { freeSpot, Occupied } from './freeSpot';
import { frameOf, geometryFromFrame } from './netwerkkaartFrame';
import { netwerkkaartView } from './netwerkkaartView';
import { manualPositions } from './placement';

const same = (a: Point | undefined, b: Point | undefined) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y);

export function holdNetwerkkaartStill(before: CaseDocument, after: CaseDocument): CaseDocument {
  // Only the people move the automatic map; a drag or "Automatisch schikken" changes the layout alone.
  if (after.people === before.people) return after;
  // Nothing was on the map yet: there is nobody to hold still.
  if (before.people.length === 0) return after;
  const shown = netwerkkaartView(before, { labels: false });
  const frame = after.layout?.netwerkkaartFrame ?? frameOf(shown.geometry);
  const geometry = geometryFromFrame(after, frame);
  const was = new Map<string, Person>(before.people.map((p) => [p.id, p]));
  const manualBefore = manualPositions(before, 'netwerkkaart');
  const manualAfter = manualPositions(after, 'netwerkkaart');
  const centre = focusPerson(after)?.id ?? null;

  const next = new Map<string, Point>();
  const occupied = new Occupied();
  occupied.add(geometry.centre);
  const toPlace: Person[] = [];
  for (const p of after.people) {
    const setNow = manualAfter.get(p.id);
    if (p.id === centre) {
      // The focus person stands in the centre disc unless placed by hand.
      if (setNow) next.set(p.id, setNow);
      continue;
    }
    if (setNow && !same(setNow, manualBefore.get(p.id))) {
      next.set(p.id, setNow);
      occupied.add(setNow);
      continue;
    }
    const old = was.get(p.id);
    const stood = shown.positions.get(p.id);
    const sameCell = old && old.sector === p.sector && old.closeness === p.closeness && old.id !== shown.geometry.centreId;
    if (sameCell && stood) {
      next.set(p.id, stood);
      occupied.add(stood);
    } else {
      toPlace.push(p);
    }
  }
  for (const p of toPlace) {
    const { at } = freeSpot(geometry, p.sector, p.closeness, occupied);
    next.set(p.id, at);
    occupied.add(at);
  }

  const unchanged =
    after.layout?.netwerkkaartFrame !== undefined &&
    next.size === manualAfter.size &&
    [...next].every(([id, at]) => same(at, manualAfter.get(id)));
  if (unchanged) return after;
  return { ...after, layout: { ...after.layout, netwerkkaart: mapToRecord(next), netwerkkaartFrame: frame } };
}
