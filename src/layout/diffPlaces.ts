/**
 * A stable layout for the difference map: everyone who is still there stands where they stand
 * now; people who left stand where they were (as ghosts; in the genogram, beside that spot on
 * its row when someone else stands there now); on the netwerkkaart, someone who moved
 * ring or sector also gets their old spot, for an arrow from there to here. The background is
 * the later map's, so an old spot is taken over only when it still lies in the person's old
 * wedge and ring there, else a free spot in that wedge and ring is found (freeSpot), clear of
 * everyone now on the map.
 */
import type { Person, Point, ViewName } from '../graph/schema';
import type { Move } from '../graph/diff';
import { freeSpot, isClear, Occupied } from './freeSpot';
import { placeAt, type EcogramGeometry } from './netwerkkaartGeometry';
import { PARTNER_GAP, SLOT_WIDTH, SYMBOL_SIZE } from './metrics';
import type { Positions } from './types';

export interface DiffPlacesInput {
  view: ViewName;
  /** Positions of the earlier and the later moment in this view. */
  before: Positions;
  after: Positions;
  left: readonly Person[];
  moved: readonly Move[];
  /** The later netwerkkaart's rings and wedges (netwerkkaart only). */
  geometry?: EcogramGeometry;
}

export interface DiffPlaces {
  /** Everyone drawn: the later moment's people and the ghosts of those who left. */
  positions: Map<string, Point>;
  /** Netwerkkaart: where each person who moved stood before (the tail of their arrow). */
  movedFrom: Map<string, Point>;
}

/** Far enough apart that two symbols with their names do not touch (a genogram slot and then some). */
const ROW_STEP = SLOT_WIDTH + PARTNER_GAP;

function freeInRow(at: Point, taken: readonly Point[]): Point {
  const free = (p: Point) => taken.every((q) => Math.abs(q.y - p.y) >= SYMBOL_SIZE || Math.abs(q.x - p.x) >= ROW_STEP);
  for (let k = 0; k < 200; k++) {
    // 0, +1, -1, +2, -2, ... steps: the nearest free place on the row.
    const step = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2);
    const p = { x: at.x + step * ROW_STEP, y: at.y };
    if (free(p)) return p;
  }
  return at;
}

export function diffPlaces(input: DiffPlacesInput): DiffPlaces {
  const positions = new Map(input.after);
  const movedFrom = new Map<string, Point>();
  const geom = input.view === 'netwerkkaart' ? input.geometry : undefined;
  if (!geom) {
    // Genogram: a ghost keeps its generation row; when someone stands on its old spot now
    // (often the new partner), it steps aside along the row rather than cover them.
    const taken = [...positions.values()];
    for (const p of input.left) {
      const at = input.before.get(p.id);
      if (!at) continue;
      const spot = freeInRow(at, taken);
      positions.set(p.id, spot);
      taken.push(spot);
    }
    return { positions, movedFrom };
  }
  const occupied = new Occupied();
  for (const at of positions.values()) occupied.add(at);
  const oldSpot = (p: Person, was: Pick<Person, 'sector' | 'closeness'>): Point => {
    const at = input.before.get(p.id);
    const place = at && placeAt(geom, at);
    if (at && place && place.sector === was.sector && place.closeness === was.closeness && isClear(at, occupied)) return at;
    return freeSpot(geom, was.sector, was.closeness, occupied, at).at;
  };
  for (const p of input.left) {
    const at = oldSpot(p, p);
    positions.set(p.id, at);
    occupied.add(at);
  }
  for (const m of input.moved) {
    const was = { sector: m.sector?.[0] ?? m.person.sector, closeness: m.ring?.[0] ?? m.person.closeness };
    if (m.person.id === geom.centreId) continue;
    const at = oldSpot(m.person, was);
    movedFrom.set(m.person.id, at);
    occupied.add(at);
  }
  return { positions, movedFrom };
}
