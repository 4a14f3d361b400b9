/**
 * Viewport maths for a genogram that grew: how far to zoom out about one fixed point so that
 * everyone is on screen (useMapViewport's takeInAll). Pure, in screen and flow units.
 */
import type { Positions } from './types';

/** Room a person takes around their symbol centre on screen: the symbol, and the name under it. */
const HOLD = { left: 34, right: 34, top: 30, bottom: 56 };

/**
 * The largest zoom at which, with `anchor` fixed at screen point (ax, ay), every person's
 * symbol and name are inside a pane of width x height (Infinity when everyone already is).
 */
export function zoomToHoldAll(
  positions: Positions,
  anchor: { x: number; y: number },
  pane: { ax: number; ay: number; width: number; height: number },
): number {
  let z = Infinity;
  for (const p of positions.values()) {
    const dx = p.x - anchor.x;
    const dy = p.y - anchor.y;
    if (dx > 0) z = Math.min(z, (pane.width - HOLD.right - pane.ax) / dx);
    if (dx < 0) z = Math.min(z, (pane.ax - HOLD.left) / -dx);
    if (dy > 0) z = Math.min(z, (pane.height - HOLD.bottom - pane.ay) / dy);
    if (dy < 0) z = Math.min(z, (pane.ay - HOLD.top) / -dy);
  }
  return z;
}

/**
 * The largest zoom at which everyone (symbols and names) fits in the pane, and the flow point to
 * put in the pane's middle for it.
 */
export function zoomToFitAll(positions: Positions, pane: { width: number; height: number }): { zoom: number; centre: { x: number; y: number } } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of positions.values()) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  const w = x1 - x0;
  const h = y1 - y0;
  const zoom = Math.min(w > 0 ? (pane.width - HOLD.left - HOLD.right) / w : Infinity, h > 0 ? (pane.height - HOLD.top - HOLD.bottom) / h : Infinity);
  // The middle of the room left for centres, so the names' extra room below is kept.
  const centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  return { zoom, centre };
}
