/**
 * Where a docked editor (tie, couple or child line) goes: the corner of the map whose panel
 * would cover the fewest people. A fixed corner hid whoever stood there ("Mila: wat voor kind?"
 * sat over Oma Riet in the top right). Among equally quiet corners, the one farthest from what
 * is being changed, so the line itself stays in sight. Only the top corners and the bottom left
 * are used: the zoom buttons and the attribution live bottom right (and the minimap, on a large
 * map, bottom left).
 */
import type { ScreenPoint } from './pending';

export type Corner = 'top-right' | 'top-left' | 'bottom-left';
export const CORNERS: readonly Corner[] = ['top-right', 'top-left', 'bottom-left'];
/** With the minimap in the bottom left. */
export const TOP_CORNERS: readonly Corner[] = ['top-right', 'top-left'];
/** Room kept between a panel and the map's edges (Floating keeps every panel this far in). */
export const PANEL_MARGIN = 8;
/** A person counts as covered when the panel comes this near their centre: the symbol and the name under it. */
const PERSON_ROOM = 28;

export interface Size {
  width: number;
  height: number;
}

export function cornerSpot(corner: Corner, size: Size, box: Size): ScreenPoint {
  return {
    x: corner === 'top-right' ? box.width - size.width - PANEL_MARGIN : PANEL_MARGIN,
    y: corner === 'bottom-left' ? box.height - size.height - PANEL_MARGIN : PANEL_MARGIN,
  };
}

function covers(spot: ScreenPoint, size: Size, p: ScreenPoint): boolean {
  return (
    p.x > spot.x - PERSON_ROOM &&
    p.x < spot.x + size.width + PERSON_ROOM &&
    p.y > spot.y - PERSON_ROOM &&
    p.y < spot.y + size.height + PERSON_ROOM
  );
}

export function quietCorner(
  size: Size,
  box: Size,
  people: readonly ScreenPoint[],
  away: ScreenPoint | null,
  corners: readonly Corner[] = CORNERS,
): Corner {
  let best: Corner = corners[0] ?? 'top-right';
  let bestCovered = Infinity;
  let bestDistance = -Infinity;
  for (const corner of corners) {
    const spot = cornerSpot(corner, size, box);
    let covered = 0;
    for (const p of people) if (covers(spot, size, p)) covered++;
    const centre = { x: spot.x + size.width / 2, y: spot.y + size.height / 2 };
    const distance = away ? Math.hypot(centre.x - away.x, centre.y - away.y) : 0;
    if (covered < bestCovered || (covered === bestCovered && distance > bestDistance + 1)) {
      best = corner;
      bestCovered = covered;
      bestDistance = distance;
    }
  }
  return best;
}
