/**
 * How much room one person takes on the netwerkkaart: the symbol (badges on its right) and the
 * name block hanging under it. Shared by the automatic layout (which pushes overlapping people
 * apart) and by the placement of one new person in a free spot.
 */
import { SYMBOL_SIZE } from './metrics';
import { NETWERKKAART_FONT, NETWERKKAART_LABEL_WIDTH, NETWERKKAART_NAME_LINES } from './netwerkkaartGeometry';

/** A person's footprint around the symbol centre: the symbol (badges on its right) and the name block under it. */
export const HALF = SYMBOL_SIZE / 2;
export const SYMBOL_BOX = { x0: -HALF - 4, x1: HALF + 14, y0: -HALF - 4, y1: HALF };
/** Up to three name lines and a year line, as the canvas draws them (most names take one or two). */
export const LABEL_BOX = {
  x0: -NETWERKKAART_LABEL_WIDTH / 2,
  x1: NETWERKKAART_LABEL_WIDTH / 2,
  y0: HALF + 2,
  y1: HALF + 6 + (NETWERKKAART_NAME_LINES + 1) * (NETWERKKAART_FONT + 1),
};
export const PARTS = [SYMBOL_BOX, LABEL_BOX];
/** Symbols never come closer than this while names are pushed apart. */
export const MIN_CENTRE_DISTANCE = SYMBOL_SIZE + 44;
/** Overlap (in px, the smaller of the two axes; 0 when clear) of two people's footprints. */
export function footprintOverlap(a: { x: number; y: number }, b: { x: number; y: number }): { dx: number; dy: number } | null {
  let worst: { dx: number; dy: number } | null = null;
  for (const pa of PARTS)
    for (const pb of PARTS) {
      const ox = Math.min(a.x + pa.x1, b.x + pb.x1) - Math.max(a.x + pa.x0, b.x + pb.x0);
      const oy = Math.min(a.y + pa.y1, b.y + pb.y1) - Math.max(a.y + pa.y0, b.y + pb.y0);
      if (ox > 0 && oy > 0 && (!worst || Math.min(ox, oy) > Math.min(worst.dx, worst.dy))) worst = { dx: ox, dy: oy };
    }
  return worst;
}

