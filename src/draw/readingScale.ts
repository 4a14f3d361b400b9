/**
 * How much larger names and marks are drawn when the map is shown small. The netwerkkaart is
 * fitted whole (a 20-person network at about 0.65 zoom at 1280x800 with the steps open), which
 * drew names at 8-9 px and the P/G/A/E letters at 5-6 px: unreadable for a family at the table.
 * Below the zoom where they read well, names and marks grow so that they keep a size on screen
 * (11 px for names, 10 px for marks: issue 10), as map labels do; the symbols and the layout
 * keep their size, and names keep their width (they wrap onto more lines instead), so nobody's
 * name runs into a neighbour's. Steps of 0.05, rounded up, so a pinch re-draws people only now
 * and then, and never below the target. Paper (the PDF) has its own scale and passes none.
 */

/** On-screen sizes to keep, in CSS px (a little above 11 and 10, for rounding). */
const NAME_PX = 11.5;
const MARK_PX = 10.5;
/** Font sizes of a mark's letters in flow units (badges.ts). */
export const MARK_FONT = 8.5;
/** At a zoom far out, growing further would only pile names up: the map is then an overview. */
const MAX_NAME_SCALE = 1.8;
const MAX_MARK_SCALE = 2.2;
const STEP = 0.05;

export interface ReadingScale {
  name: number;
  mark: number;
}

export const NO_SCALE: ReadingScale = { name: 1, mark: 1 };

function grow(targetPx: number, fontSize: number, zoom: number, max: number): number {
  if (!(zoom > 0)) return 1;
  const needed = targetPx / (fontSize * zoom);
  if (needed <= 1) return 1;
  return Math.min(max, Math.ceil(needed / STEP - 1e-9) * STEP);
}

/** The scale for names drawn at `nameFont` flow units and marks, at `zoom`. */
export function readingScale(zoom: number, nameFont: number): ReadingScale {
  return { name: grow(NAME_PX, nameFont, zoom, MAX_NAME_SCALE), mark: grow(MARK_PX, MARK_FONT, zoom, MAX_MARK_SCALE) };
}
