/**
 * A free spot for one person in their wedge and ring, among people who already stand on the map
 * and must not be moved. Candidates run row by row from the inside out and, within a row,
 * clockwise from the wedge's first edge;
 * with `near` (where the user clicked or dropped) the free candidate closest to it wins. When the
 * cell is full the least crowded candidate is used and `crowded` says so: overlapping someone a
 * little is better than moving everyone, and "Automatisch schikken" makes room.
 */
import type { Closeness, Point, Sector } from '../graph/schema';
import { footprintOverlap, HALF, MIN_CENTRE_DISTANCE } from './footprint';
import { boundaryMargin, NODE_SPACING, polar, ringInner, ringOuter, ROW_GAP, type EcogramGeometry } from './netwerkkaartGeometry';

/** Occupied points hashed by a cell wider than any footprint, so "is this free?" looks at neighbours only. */
export class Occupied {
  private static readonly G = 160;
  private cells = new Map<string, Point[]>();
  add(p: Point): void {
    const k = `${Math.floor(p.x / Occupied.G)},${Math.floor(p.y / Occupied.G)}`;
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }
  near(p: Point): Point[] {
    const gx = Math.floor(p.x / Occupied.G);
    const gy = Math.floor(p.y / Occupied.G);
    const out: Point[] = [];
    for (let x = gx - 1; x <= gx + 1; x++) for (let y = gy - 1; y <= gy + 1; y++) out.push(...(this.cells.get(`${x},${y}`) ?? []));
    return out;
  }
}

export interface Spot {
  at: Point;
  /** No candidate was clear of everyone: the person overlaps a neighbour. */
  crowded: boolean;
}

function candidates(geom: EcogramGeometry, sector: Sector, closeness: Closeness): Point[] {
  const wedge = geom.sectors.find((w) => w.sector === sector) ?? geom.sectors[geom.sectors.length - 1]!;
  const inner = ringInner(geom, closeness);
  const outer = ringOuter(geom, closeness);
  const radii: number[] = [];
  // Rows as the automatic layout lays them, and half-way between, for a tighter fit.
  for (let r = inner + ROW_GAP / 2; r <= outer - HALF + 1e-9; r += ROW_GAP / 4) radii.push(r);
  if (radii.length === 0) radii.push((inner + outer) / 2);
  const out: Point[] = [];
  for (const r of radii) {
    const margin = Math.min(boundaryMargin(r), (wedge.endAngle - wedge.startAngle) / 2);
    const from = wedge.startAngle + margin;
    const to = wedge.endAngle - margin;
    const step = NODE_SPACING / 8 / r;
    // Clockwise from the wedge's first edge: a wedge filled one by one packs as tightly as the
    // automatic rows (starting in the middle would leave half a place unusable at each side).
    for (let a = from; a <= to + 1e-9; a += step) out.push(polar(geom.centre, a, r));
    if (from > to) out.push(polar(geom.centre, (wedge.startAngle + wedge.endAngle) / 2, r));
  }
  return out;
}

/** True when a person at `p` would be clear of everyone in `occupied` (symbols and names). */
export function isClear(p: Point, occupied: Occupied): boolean {
  return clearance(p, occupied).free;
}

function clearance(p: Point, occupied: Occupied): { free: boolean; nearest: number } {
  let nearest = Infinity;
  let free = true;
  for (const q of occupied.near(p)) {
    const d = Math.hypot(p.x - q.x, p.y - q.y);
    nearest = Math.min(nearest, d);
    if (d < MIN_CENTRE_DISTANCE || footprintOverlap(p, q)) free = false;
  }
  return { free, nearest };
}

export function freeSpot(geom: EcogramGeometry, sector: Sector, closeness: Closeness, occupied: Occupied, near?: Point): Spot {
  const all = candidates(geom, sector, closeness);
  let best: Point | null = null;
  let bestScore = Infinity;
  let roomiest = all[0]!;
  let roomiestClearance = -1;
  for (const c of all) {
    const { free, nearest } = clearance(c, occupied);
    if (free) {
      if (!near) return { at: c, crowded: false };
      const score = Math.hypot(c.x - near.x, c.y - near.y);
      if (score < bestScore) {
        best = c;
        bestScore = score;
      }
    } else if (nearest > roomiestClearance) {
      roomiest = c;
      roomiestClearance = nearest;
    }
  }
  return best ? { at: best, crowded: false } : { at: roomiest, crowded: true };
}
