/**
 * People glide to their new places when the genogram is laid out again (~200 ms) instead of
 * jumping, and the view moves with the person the family is looking at, so that person stays at
 * the same place on screen. Pure maths here; canvas/useGlide.ts runs it frame by frame.
 */
import type { Point } from '../graph/schema';
import type { Positions } from './types';

export const GLIDE_MS = 200;

/** Ease out: most of the way early, settling gently. */
export const easeOut = (t: number): number => 1 - (1 - Math.min(1, Math.max(0, t))) ** 3;

/**
 * Everyone in `to` at a fraction `e` of the way from `from`; someone who was not in `from` (just
 * added) is at their place at once, someone no longer in `to` is gone.
 */
export function between(from: Positions, to: Positions, e: number): Positions {
  if (e >= 1) return to;
  const out = new Map<string, Point>();
  for (const [id, b] of to) {
    const a = from.get(id);
    out.set(id, a ? { x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e } : b);
  }
  return out;
}

/** True when nobody who is in both stands elsewhere (someone new or gone needs no glide). */
export function nobodyMoved(from: Positions, to: Positions): boolean {
  for (const [id, b] of to) {
    const a = from.get(id);
    if (a && (Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5)) return false;
  }
  return true;
}

/** How far the anchor person moves (flow units): the view moves as much, so they hold still on screen. */
export function anchorShift(from: Positions, to: Positions, anchor: string | null): Point | null {
  const a = anchor === null ? undefined : from.get(anchor);
  const b = anchor === null ? undefined : to.get(anchor);
  if (!a || !b) return null;
  const shift = { x: b.x - a.x, y: b.y - a.y };
  return Math.abs(shift.x) < 0.5 && Math.abs(shift.y) < 0.5 ? null : shift;
}
