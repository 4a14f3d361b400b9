/**
 * Automatic netwerkkaart layout: the focus person in the centre, everyone else in their sector
 * wedge and closeness ring. Pure and synchronous (a few hundred people take well under a
 * millisecond each), so it needs no worker. Manual positions are applied on top by the canvas.
 */
import { SECTORS, type CaseDocument, type Person, type Point, type Sector } from '../graph/schema';
import {
  boundaryMargin,
  RING_LABEL_FONT,
  comparePeople,
  ecogramGeometry,
  NODE_SPACING,
  polar,
  ringInner,
  ringOuter,
  rowRadius,
  rowsFor,
  type EcogramGeometry,
} from './netwerkkaartGeometry';
import type { Positions } from './types';
import { footprintOverlap, HALF, LABEL_BOX, MIN_CENTRE_DISTANCE, SYMBOL_BOX } from './footprint';

export {
  ecogramGeometry,
  placeAt,
  polar,
  ringInner,
  ringOuter,
  NODE_SPACING,
  type EcogramGeometry,
  type RingPlace,
  type SectorWedge,
} from './netwerkkaartGeometry';

/** Splits n people over rows with the given capacities, in proportion, so rows look balanced. */
function spreadOverRows(n: number, caps: number[]): number[] {
  const total = caps.reduce((a, b) => a + b, 0);
  const counts = caps.map((c) => Math.min(c, Math.floor((n * c) / total)));
  let left = n - counts.reduce((a, b) => a + b, 0);
  // Hand out the rest innermost-first, where people are closest to the family.
  for (let i = 0; left > 0 && i < caps.length; i = (i + 1) % caps.length) {
    if (counts[i]! < caps[i]!) {
      counts[i]! += 1;
      left -= 1;
    }
  }
  return counts;
}

function placeRow(
  geom: EcogramGeometry,
  startAngle: number,
  endAngle: number,
  radius: number,
  people: Person[],
  level: number,
  out: Map<string, Point>,
): void {
  const margin = boundaryMargin(radius);
  const usable = endAngle - startAngle - 2 * margin;
  const mid = (startAngle + endAngle) / 2;
  // Keep a small group together in the middle of a wide wedge rather than at its edges.
  const comfortable = (1.5 * NODE_SPACING) / radius;
  const step = people.length === 1 ? 0 : Math.min(usable / (people.length - 1), comfortable);
  // Successive rows and rings of a sector shift to alternate sides, so that nobody stands right
  // behind someone else as seen from the centre, where a tie line would run through them.
  const slack = Math.max(0, usable - step * (people.length - 1));
  const shift = Math.min(slack / 2, comfortable / 2) * (level % 2 === 0 ? -1 : 1);
  const first = mid + shift - (step * (people.length - 1)) / 2;
  people.forEach((p, i) => {
    out.set(p.id, polar(geom.centre, first + i * step, radius));
  });
}

const SEPARATE_ROUNDS = 16;
const SEPARATE_MAX_PEOPLE = 120;
/** Half the length and thickness of the longest ring name ("Verder weg") written along its ray. */
const RING_LABEL_HALF_LENGTH = (10 * 0.6 * RING_LABEL_FONT) / 2 + 3;
const RING_LABEL_HALF_THICKNESS = RING_LABEL_FONT * 0.55 + 1;

interface Cell {
  id: string;
  start: number;
  end: number;
  rMin: number;
  rMax: number;
}

/**
 * The rows keep people NODE_SPACING apart along an arc, but names hang straight down on screen,
 * so on a tilted row (or behind someone in the next ring) a name can still run into a neighbour.
 * Push such pairs apart, each person staying inside their own sector and ring band.
 */
function separate(geom: EcogramGeometry, positions: Map<string, Point>, cells: Cell[]): void {
  // A map this big is read zoomed in anyway; the rows alone keep symbols apart there, and the
  // layout runs on the main thread, so it must stay a few milliseconds.
  if (cells.length > SEPARATE_MAX_PEOPLE) return;
  const { centre } = geom;
  const clampInto = (c: Cell, p: { x: number; y: number }) => {
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    const r = Math.min(c.rMax, Math.max(c.rMin, Math.hypot(dx, dy)));
    let a = Math.atan2(dx, -dy);
    const mid = (c.start + c.end) / 2;
    while (a < mid - Math.PI) a += 2 * Math.PI;
    while (a > mid + Math.PI) a -= 2 * Math.PI;
    const m = Math.min(boundaryMargin(r), (c.end - c.start) / 2);
    a = Math.min(c.end - m, Math.max(c.start + m, a));
    return polar(centre, a, r);
  };
  // Neighbours through a coarse grid, rebuilt each round: people move a few px per round, and
  // a cell is wider than any footprint plus that, so a big map stays near-linear.
  const G = 160;
  const key = (p: { x: number; y: number }) => `${Math.floor(p.x / G)},${Math.floor(p.y / G)}`;
  let grid = new Map<string, number[]>();
  const near = (p: { x: number; y: number }): number[] => {
    const gx = Math.floor(p.x / G);
    const gy = Math.floor(p.y / G);
    const out: number[] = [];
    for (let x = gx - 1; x <= gx + 1; x++) for (let y = gy - 1; y <= gy + 1; y++) out.push(...(grid.get(`${x},${y}`) ?? []));
    return out;
  };
  const roomy = (p: { x: number; y: number }, i: number, j: number) =>
    near(p).every((k) => {
      if (k === i || k === j) return true;
      const q = positions.get(cells[k]!.id)!;
      return Math.hypot(p.x - q.x, p.y - q.y) >= MIN_CENTRE_DISTANCE;
    }) && Math.hypot(p.x - centre.x, p.y - centre.y) >= geom.centreRadius + HALF;
  for (let round = 0; round < SEPARATE_ROUNDS; round++) {
    grid = new Map();
    cells.forEach((c, i) => {
      const k = key(positions.get(c.id)!);
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    let moved = false;
    for (let i = 0; i < cells.length; i++)
      for (const j of near(positions.get(cells[i]!.id)!)) {
        if (j <= i) continue;
        const a = positions.get(cells[i]!.id)!;
        const b = positions.get(cells[j]!.id)!;
        // Cheap reject: footprints are at most ~100 px across.
        if (Math.abs(a.x - b.x) > 120 || Math.abs(a.y - b.y) > 110) continue;
        const o = footprintOverlap(a, b);
        if (!o) continue;
        // Along the axis that needs the least movement, half each, a little more to settle.
        const step = Math.min(o.dx, o.dy) / 2 + 1;
        const horizontal = o.dx <= o.dy;
        const sx = horizontal ? (a.x <= b.x ? -step : step) : 0;
        const sy = horizontal ? 0 : a.y <= b.y ? -step : step;
        const na = clampInto(cells[i]!, { x: a.x + sx, y: a.y + sy });
        const nb = clampInto(cells[j]!, { x: b.x - sx, y: b.y - sy });
        // In a packed map there may be no room: never trade a name overlap for symbols touching.
        if (!roomy(na, i, j) || !roomy(nb, i, j)) continue;
        if (Math.hypot(na.x - a.x, na.y - a.y) + Math.hypot(nb.x - b.x, nb.y - b.y) < 0.5) continue;
        positions.set(cells[i]!.id, na);
        positions.set(cells[j]!.id, nb);
        moved = true;
      }
    if (!moved) break;
  }
}

/** Half the axis-aligned box of a ring name written along the ray at `angle`. */
function ringLabelBox(angle: number): { x: number; y: number } {
  const s = Math.abs(Math.sin(angle));
  const c = Math.abs(Math.cos(angle));
  return {
    x: RING_LABEL_HALF_LENGTH * s + RING_LABEL_HALF_THICKNESS * c,
    y: RING_LABEL_HALF_LENGTH * c + RING_LABEL_HALF_THICKNESS * s,
  };
}

/** Clearance (px, negative when overlapping) between a ring name at `at` (half box `h`) and a person at `p`. */
function ringLabelGap(at: { x: number; y: number }, h: { x: number; y: number }, p: { x: number; y: number }): number {
  const gx = Math.max(at.x - h.x - (p.x + LABEL_BOX.x1), p.x + SYMBOL_BOX.x0 - (at.x + h.x));
  const gy = Math.max(at.y - h.y - (p.y + LABEL_BOX.y1), p.y + SYMBOL_BOX.y0 - (at.y + h.y));
  return Math.max(gx, gy);
}

/**
 * Where the ring names are written: one ray for all three when there is one with room around
 * every name (they then read as one scale), else for each ring its own ray with the most room.
 * Rays are tried every 3°; near 3 or 9 o'clock the text runs nearly horizontally, so those win ties.
 */
export function chooseRingLabelRays(geom: EcogramGeometry, positions: Positions): [number, number, number] {
  const people = [...positions.values()];
  const CAP = 30;
  const gaps: number[][] = [];
  for (let deg = 0; deg < 360; deg += 3) {
    const angle = (deg * Math.PI) / 180;
    const h = ringLabelBox(angle);
    gaps.push(
      ([1, 2, 3] as const).map((k) => {
        const at = polar(geom.centre, angle, (ringInner(geom, k) + ringOuter(geom, k)) / 2);
        let gap = CAP;
        for (const p of people) gap = Math.min(gap, ringLabelGap(at, h, p));
        return gap;
      }),
    );
  }
  const angleOf = (i: number) => (i * 3 * Math.PI) / 180;
  const bonus = (i: number) => 12 * Math.abs(Math.sin(angleOf(i)));
  const best = (score: (i: number) => number): number => {
    let bi = 0;
    for (let i = 1; i < gaps.length; i++) if (score(i) > score(bi) + 1e-9) bi = i;
    return bi;
  };
  // A ray clear for all three names wins over a more horizontal one that is not.
  const common = best((i) => (Math.min(...gaps[i]!) >= 2 ? 1000 : 0) + Math.min(...gaps[i]!) + bonus(i));
  if (Math.min(...gaps[common]!) >= 2) {
    const a = angleOf(common);
    return [a, a, a];
  }
  const each = [0, 1, 2].map((k) => angleOf(best((i) => gaps[i]![k]! + bonus(i))));
  return [each[0]!, each[1]!, each[2]!];
}

export function layoutNetwerkkaart(doc: Pick<CaseDocument, 'people'>): Positions {
  return layoutWithGeometry(doc).positions;
}

/** Geometry and positions in one pass, for callers that draw the background too. */
export function layoutWithGeometry(doc: Pick<CaseDocument, 'people'>): {
  geometry: EcogramGeometry;
  positions: Positions;
} {
  const geometry = ecogramGeometry(doc);
  const positions = new Map<string, Point>();
  if (geometry.centreId !== null) positions.set(geometry.centreId, { ...geometry.centre });

  const groups = new Map<string, Person[]>();
  for (const p of doc.people) {
    if (p.id === geometry.centreId) continue;
    const sector: Sector = (SECTORS as readonly string[]).includes(p.sector) ? p.sector : 'other';
    const key = `${sector}|${p.closeness}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }

  const cells: Cell[] = [];
  for (const wedge of geometry.sectors) {
    let level = 0;
    for (const closeness of [1, 2, 3] as const) {
      const people = groups.get(`${wedge.sector}|${closeness}`);
      if (!people) continue;
      people.sort(comparePeople);
      const inner = ringInner(geometry, closeness);
      const caps = rowsFor(people.length, wedge.endAngle - wedge.startAngle, inner);
      const perRow = spreadOverRows(people.length, caps);
      // Centre the rows in the band; a larger radius only adds room, so capacities still hold.
      const band = ringOuter(geometry, closeness) - inner;
      const offset = Math.max(0, (band - caps.length * NODE_SPACING) / 2);
      let next = 0;
      perRow.forEach((count, row) => {
        if (count === 0) return;
        const slice = people.slice(next, next + count);
        next += count;
        placeRow(geometry, wedge.startAngle, wedge.endAngle, rowRadius(inner, row) + offset, slice, level++, positions);
      });
      const rMin = inner + HALF;
      const rMax = ringOuter(geometry, closeness) - HALF;
      for (const p of people) cells.push({ id: p.id, start: wedge.startAngle, end: wedge.endAngle, rMin, rMax });
    }
  }
  separate(geometry, positions, cells);
  return { geometry: { ...geometry, ringLabelAngles: chooseRingLabelRays(geometry, positions) }, positions };
}
