/**
 * Where a tie runs. A straight line from one symbol centre to the other, unless it would cross
 * another person's symbol: then it bows out as a gentle curve (a quadratic Bézier), to the side
 * and by the least amount that clears every symbol in the way. A line through someone's symbol
 * reads as a tie to that person (notation.md: the line is the meaning), so it is worth a bend;
 * when no bend of a sensible size clears everything, the one that crosses the fewest symbols is
 * kept, and straight if bending does not help.
 *
 * Pure: the canvas asks it with React Flow's live node centres (so a line steps aside while a
 * person is dragged across it) and drawMap with the document's positions (PDF, SVG, PNG).
 */
import type { Point } from '../graph/schema';
import { SYMBOL_SIZE } from './metrics';

/** Room kept around another person's symbol: the square's corner plus a margin. */
export const TIE_CLEARANCE = SYMBOL_SIZE * 0.71 + 6;
/** How far the middle of a bent line may stand off the straight one, as a share of its length. */
const MAX_BOW = 0.35;
/** The bows tried, in clearances, smallest first. */
const BOW_STEPS = [0.75, 1.25, 1.75, 2.5, 3.5, 5];
/** Points per curve: enough for a smooth line on paper, few enough for hundreds of ties per frame. */
export const CURVE_SEGMENTS = 24;

/** The curve through a, b with control point c, as a polyline of CURVE_SEGMENTS + 1 points. */
export function tieCurve(a: Point, b: Point, c: Point | null): Point[] {
  if (!c) return [a, b];
  const pts: Point[] = [];
  for (let i = 0; i <= CURVE_SEGMENTS; i++) {
    const t = i / CURVE_SEGMENTS;
    const s = 1 - t;
    pts.push({ x: s * s * a.x + 2 * s * t * c.x + t * t * b.x, y: s * s * a.y + 2 * s * t * c.y + t * t * b.y });
  }
  return pts;
}

/** A person in the tie's own frame: `s` along the straight line from a, `y` across it. */
interface Local {
  s: number;
  y: number;
}

/**
 * Whether the bent line passes within the clearance of `o`. The curve's control point stands
 * over the middle of a–b, so in the tie's frame the curve is the parabola y(s) = 4h·s/L·(1 − s/L)
 * (h = how far its middle stands off): only the stretch of it beside `o` needs looking at.
 */
function passesNear(o: Local, h: number, length: number): boolean {
  const r = TIE_CLEARANCE;
  if (o.y < Math.min(0, h) - r || o.y > Math.max(0, h) + r) return false;
  const from = Math.max(0, o.s - r);
  const to = Math.min(length, o.s + r);
  if (from > to) return false;
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const s = from + ((to - from) * i) / steps;
    const q = s / length;
    const dy = 4 * h * q * (1 - q) - o.y;
    const ds = s - o.s;
    if (ds * ds + dy * dy < r * r) return true;
  }
  return false;
}

/** How many of `near` the line with middle offset `h` passes; stops counting at `enough`. */
function hits(near: readonly Local[], h: number, length: number, enough: number): number {
  let count = 0;
  for (const o of near) {
    if (passesNear(o, h, length) && ++count >= enough) break;
  }
  return count;
}

/**
 * The control point of the bend for a tie from `a` to `b`, or null for a straight line.
 * `others` are the centres of every other person drawn (not a and b themselves).
 */
export function tieBend(a: Point, b: Point, others: Iterable<Point>): Point | null {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length < 2 * TIE_CLEARANCE) return null;
  const maxBow = Math.min(MAX_BOW * length, BOW_STEPS[BOW_STEPS.length - 1]! * TIE_CLEARANCE);
  const u = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
  const n = { x: -u.y, y: u.x };
  // Only people beside the line, within reach of the widest bend tried, can be in the way.
  const reach = maxBow + TIE_CLEARANCE;
  const near: Local[] = [];
  for (const o of others) {
    const dx = o.x - a.x;
    const dy = o.y - a.y;
    const s = dx * u.x + dy * u.y;
    const y = dx * n.x + dy * n.y;
    if (s > -TIE_CLEARANCE && s < length + TIE_CLEARANCE && Math.abs(y) < reach) near.push({ s, y });
  }
  const straightHits = hits(near, 0, length, Infinity);
  if (straightHits === 0) return null;

  // Bow away from the side where the people in the way stand; try the other side second.
  const side = near.filter((o) => passesNear(o, 0, length)).reduce((sum, o) => sum + o.y, 0) > 0 ? -1 : 1;
  const control = (h: number): Point => ({ x: (a.x + b.x) / 2 + n.x * 2 * h, y: (a.y + b.y) / 2 + n.y * 2 * h });
  let best: number | null = null;
  let bestHits = straightHits;
  for (const step of BOW_STEPS) {
    const bow = step * TIE_CLEARANCE;
    if (bow > maxBow) break;
    for (const h of [side * bow, -side * bow]) {
      const count = hits(near, h, length, bestHits);
      if (count === 0) return control(h);
      if (count < bestHits) {
        best = h;
        bestHits = count;
      }
    }
  }
  return best === null ? null : control(best);
}

/** tieBend for the tie between `fromId` and `toId`, with everyone else in `centres` in the way. */
export function tieBendAmong(fromId: string, toId: string, centres: ReadonlyMap<string, Point>): Point | null {
  const a = centres.get(fromId);
  const b = centres.get(toId);
  if (!a || !b) return null;
  return tieBend(a, b, othersThan(fromId, toId, centres));
}

function* othersThan(fromId: string, toId: string, centres: ReadonlyMap<string, Point>): Iterable<Point> {
  for (const [id, p] of centres) if (id !== fromId && id !== toId) yield p;
}

/** Two bends are the same line (to the tenth of a unit): lets a live caller skip a redraw. */
export function sameBend(a: Point | null, b: Point | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.x - b.x) < 0.1 && Math.abs(a.y - b.y) < 0.1;
}
