/**
 * The netwerkkaart's rings and wedges, sized from the people in a case.
 *
 * Angles are radians, clockwise from 12 o'clock, in screen coordinates (y grows downwards):
 * a point at angle a and radius r is (cx + r·sin a, cy − r·cos a). Clockwise-from-top is how
 * people read a clock face, and it keeps "household" at the top where the eye starts.
 */
import { SECTORS, type CaseDocument, type Closeness, type Person, type Point, type Sector } from '../graph/schema';
import { focusPerson } from '../graph/queries';
import { SYMBOL_SIZE } from './metrics';

/** Font size of netwerkkaart names: the whole circle is fitted to the screen at about 0.8 zoom. */
export const NETWERKKAART_FONT = 13;
/** Names wrap onto two lines of at most this width, so that neighbours' names never touch. */
export const NETWERKKAART_LABEL_WIDTH = 96;
/** Long names ("Mevrouw Meijer (mentor)") may take three lines rather than being cut. */
export const NETWERKKAART_NAME_LINES = 3;
/** Ring names ("Dichtbij", "Middel", "Verder weg"), legible at the fitted zoom. */
export const RING_LABEL_FONT = 12;
/** Minimum distance between two symbol centres along a row: one name's width plus a gap. */
export const NODE_SPACING = NETWERKKAART_LABEL_WIDTH + 4;
/** Radius of the centre disc that holds the focus person (symbol, name and year). */
export const CENTRE_RADIUS = 78;
/** A ring band is at least this wide, even when few people are in it. */
export const MIN_BAND_WIDTH = 92;
/** Radial distance between staggered rows inside one ring band: a symbol with its label. */
export const ROW_GAP = SYMBOL_SIZE + 48;
/**
 * An empty sector stays wide enough to tap a cell in it (44 px at the working zoom in the
 * inner ring) and to take a first person without resizing the others.
 */
export const EMPTY_SECTOR_ANGLE = (20 * Math.PI) / 180;
/**
 * Room the automatic map keeps free: every ring of a sector in use is sized for one more
 * person than it holds, and the sectors a family nearly always fills (the household, the
 * family) start with room for a couple of people. Once the map is in use its frame is kept
 * (holdStill.ts), so this headroom is where the next people go without anyone moving.
 */
const HEADROOM = 0;
const ROOM_FOR: ReadonlyMap<Sector, readonly [number, number, number]> = new Map([['household', [2, 0, 0]], ['family', [2, 2, 1]], ['friends', [1, 2, 0]], ['professional', [0, 1, 0]]]);
/** Used sectors get at least this angle, so one person never sits in a sliver. */
export const MIN_USED_SECTOR_ANGLE = (18 * Math.PI) / 180;
/** One row of a busy ring may ask for at most this angle; more people go into more rows. */
const MAX_ROW_ANGLE = (150 * Math.PI) / 180;
/** Beyond 180° the "people on opposite sides of a boundary" reasoning breaks; never that wide. */
const MAX_SECTOR_ANGLE = Math.PI;
const TWO_PI = Math.PI * 2;

export interface SectorWedge {
  sector: Sector;
  startAngle: number;
  endAngle: number;
  /** How many people (not counting the centred focus person) are in this sector. */
  count: number;
}

export interface EcogramGeometry {
  centre: Point;
  /** Radius of the centre disc (focus person); ring 1 starts here. */
  centreRadius: number;
  /** Outer radius of ring 1, 2 and 3. Ring k spans [ringRadii[k-2] ?? centreRadius, ringRadii[k-1]]. */
  ringRadii: [number, number, number];
  /** All nine sectors in SECTORS order, covering the full circle without gaps. */
  sectors: SectorWedge[];
  /** Id of the person drawn in the centre disc, if any. */
  centreId: string | null;
  /** Per ring, the ray along which its name is written: where no person stands (an empty wedge if any). */
  ringLabelAngles: [number, number, number];
}

export interface RingPlace {
  sector: Sector;
  closeness: Closeness;
}

export function polar(centre: Point, angle: number, radius: number): Point {
  return { x: centre.x + radius * Math.sin(angle), y: centre.y - radius * Math.cos(angle) };
}

/** Inner radius of ring `closeness` (1..3). */
export function ringInner(geom: EcogramGeometry, closeness: Closeness): number {
  return closeness === 1 ? geom.centreRadius : geom.ringRadii[closeness - 2]!;
}

export function ringOuter(geom: EcogramGeometry, closeness: Closeness): number {
  return geom.ringRadii[closeness - 1]!;
}

// One collator for all comparisons: localeCompare with options builds a new one per call.
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Stable order for people in one sector and ring: by name (Dutch collation), then id. */
export function comparePeople(a: Person, b: Person): number {
  const byName = collator.compare(a.name, b.name);
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Angle a point in a row at `radius` must keep from a sector boundary ray to stay NODE_SPACING/2 off it. */
export function boundaryMargin(radius: number): number {
  return Math.asin(Math.min(1, NODE_SPACING / 2 / radius));
}

/** How many people fit on one arc of `radius` across a wedge of `angle`, NODE_SPACING apart. */
export function rowCapacity(angle: number, radius: number): number {
  const usable = angle - 2 * boundaryMargin(radius);
  if (usable < 0) return 0;
  // n points on the usable arc are usable/(n-1) apart; their chord must be >= NODE_SPACING.
  const minStep = 2 * Math.asin(Math.min(1, NODE_SPACING / 2 / radius));
  return 1 + Math.floor(usable / minStep + 1e-9);
}

/** Radii of the rows inside a ring band that starts at `inner`, innermost first. */
export function rowRadius(inner: number, row: number): number {
  return inner + ROW_GAP / 2 + row * ROW_GAP;
}

/** Rows needed for `n` people in a wedge, starting at `inner`; also returns each row's capacity. */
export function rowsFor(n: number, angle: number, inner: number): number[] {
  const caps: number[] = [];
  let total = 0;
  // A wedge too narrow near the centre has capacity 0 there; outer rows always fit someone.
  while (total < n && caps.length < 10_000) {
    const cap = rowCapacity(angle, rowRadius(inner, caps.length));
    caps.push(cap);
    total += cap;
  }
  return caps;
}

/** Angle one row of `n` people at `radius` needs, NODE_SPACING apart and clear of both boundary rays. */
function rowAngle(n: number, radius: number): number {
  if (n === 0) return 0;
  return 2 * boundaryMargin(radius) + (n - 1) * 2 * Math.asin(Math.min(1, NODE_SPACING / 2 / radius));
}

/** The angle a sector asks for: its most demanding ring, each ring at its smallest radius. */
function sectorNeed(counts: number[]): number {
  let need = MIN_USED_SECTOR_ANGLE;
  counts.forEach((n, k) => {
    const radius = rowRadius(CENTRE_RADIUS + k * MIN_BAND_WIDTH, 0);
    need = Math.max(need, Math.min(MAX_ROW_ANGLE, rowAngle(n, radius)));
  });
  return need;
}

function sectorAngles(counts: Map<Sector, number[]>): Map<Sector, number> {
  const used = SECTORS.filter((s) => sum(counts.get(s)!) > 0);
  const angles = new Map<Sector, number>();
  if (used.length === 0) {
    for (const s of SECTORS) angles.set(s, TWO_PI / SECTORS.length);
    return angles;
  }
  // Busy sectors get what their rows need; what is left is shared in proportion to that need,
  // and when the need exceeds the circle they are scaled down alike (rows then stack deeper).
  // No sector gets less than an empty one: a used sector scaled below that is held there and
  // the others share the rest (repeated, as holding one can push another below).
  const needs = new Map(used.map((s) => [s, sectorNeed(counts.get(s)!)]));
  const held = new Set<Sector>(SECTORS.filter((s) => !needs.has(s)));
  for (;;) {
    const free = SECTORS.filter((s) => !held.has(s));
    const remaining = TWO_PI - held.size * EMPTY_SECTOR_ANGLE;
    const totalNeed = free.reduce((acc, s) => acc + needs.get(s)!, 0);
    for (const s of held) angles.set(s, EMPTY_SECTOR_ANGLE);
    for (const s of free) angles.set(s, (remaining * needs.get(s)!) / totalNeed);
    const tooSmall = free.filter((s) => angles.get(s)! < EMPTY_SECTOR_ANGLE);
    if (tooSmall.length === 0 || tooSmall.length === free.length) break;
    for (const s of tooSmall) held.add(s);
  }
  // Cap at 180° and hand the excess to the other used sectors evenly.
  for (const s of used) {
    const a = angles.get(s)!;
    if (a > MAX_SECTOR_ANGLE && used.length > 1) {
      angles.set(s, MAX_SECTOR_ANGLE);
      const share = (a - MAX_SECTOR_ANGLE) / (used.length - 1);
      for (const o of used) if (o !== s) angles.set(o, angles.get(o)! + share);
    }
  }
  return angles;
}

/**
 * Where the ring names go: along the middle of an empty wedge (nobody stands there), the one
 * nearest to 3 or 9 o'clock so that the text runs nearly horizontally; without an empty wedge,
 * along the boundary ray nearest to horizontal, which the layout keeps clear.
 */
function ringLabelRay(sectors: SectorWedge[]): number {
  const empty = sectors.filter((w) => w.count === 0).map((w) => (w.startAngle + w.endAngle) / 2);
  const candidates = empty.length > 0 ? empty : sectors.map((w) => w.startAngle);
  let best = candidates[0]!;
  for (const a of candidates) if (Math.abs(Math.sin(a)) > Math.abs(Math.sin(best)) + 1e-9) best = a;
  return best;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Number of people per sector and ring, leaving out the centred focus person. */
export function countPlaced(doc: Pick<CaseDocument, 'people'>, centreId: string | null): Map<Sector, number[]> {
  const counts = new Map<Sector, number[]>(SECTORS.map((s) => [s, [0, 0, 0]]));
  for (const p of doc.people) {
    if (p.id === centreId) continue;
    const row = counts.get(p.sector) ?? counts.get('other')!;
    row[p.closeness - 1]! += 1;
  }
  return counts;
}

/** The counts the wedges and rings are sized for: what is there plus HEADROOM, at least ROOM_FOR. */
function sizingCounts(counts: Map<Sector, number[]>): Map<Sector, number[]> {
  const out = new Map<Sector, number[]>();
  for (const [sector, row] of counts) {
    const minimum = ROOM_FOR.get(sector);
    out.set(
      sector,
      row.map((n, k) => Math.max(n > 0 ? n + HEADROOM : 0, minimum?.[k] ?? 0)),
    );
  }
  return out;
}

export function ecogramGeometry(doc: Pick<CaseDocument, 'people'>): EcogramGeometry {
  const centre = { x: 0, y: 0 };
  // The same focus person the domain reports (the first marked), so map and lists agree.
  const centreId = focusPerson(doc)?.id ?? null;
  const counts = countPlaced(doc, centreId);
  const room = sizingCounts(counts);
  const angles = sectorAngles(room);

  const sectors: SectorWedge[] = [];
  // Centre the first sector (household) on 12 o'clock.
  let start = -angles.get(SECTORS[0])! / 2;
  for (const s of SECTORS) {
    const a = angles.get(s)!;
    sectors.push({ sector: s, startAngle: start, endAngle: start + a, count: sum(counts.get(s)!) });
    start += a;
  }

  const radii: number[] = [];
  let inner = CENTRE_RADIUS;
  for (let k = 0; k < 3; k++) {
    let rows = 1;
    for (const s of SECTORS) rows = Math.max(rows, rowsFor(room.get(s)![k]!, angles.get(s)!, inner).length);
    const outer = inner + Math.max(MIN_BAND_WIDTH, rows * ROW_GAP);
    radii.push(outer);
    inner = outer;
  }
  return {
    centre,
    centreRadius: CENTRE_RADIUS,
    ringRadii: [radii[0]!, radii[1]!, radii[2]!],
    sectors,
    centreId,
    ringLabelAngles: [ringLabelRay(sectors), ringLabelRay(sectors), ringLabelRay(sectors)],
  };
}

/** Normalises an angle into [from, from + 2π). */
function normaliseFrom(angle: number, from: number): number {
  let a = (angle - from) % TWO_PI;
  if (a < 0) a += TWO_PI;
  return from + a;
}

/**
 * The sector and ring under a point: the inverse of the geometry, for click-to-add.
 * Null inside the centre disc and outside the outer ring.
 */
export function placeAt(geom: EcogramGeometry, point: Point): RingPlace | null {
  const dx = point.x - geom.centre.x;
  const dy = point.y - geom.centre.y;
  const r = Math.hypot(dx, dy);
  if (r < geom.centreRadius || r > geom.ringRadii[2]) return null;
  const closeness: Closeness = r <= geom.ringRadii[0] ? 1 : r <= geom.ringRadii[1] ? 2 : 3;
  const first = geom.sectors[0]!;
  const angle = normaliseFrom(Math.atan2(dx, -dy), first.startAngle);
  for (const w of geom.sectors) {
    if (angle >= w.startAngle && angle < w.endAngle) return { sector: w.sector, closeness };
  }
  // Rounding at the very end of the circle: it belongs to the last wedge.
  return { sector: geom.sectors[geom.sectors.length - 1]!.sector, closeness };
}
