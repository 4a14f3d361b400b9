/** The one transient drawing gesture in progress on the map (session-only UI state, never saved). */
import type { Closeness, Point, Sector } from '../graph/schema';
import type { RelativeKind } from '../graph/commands';

/** A point in px relative to the map's container. */
export interface ScreenPoint {
  x: number;
  y: number;
}

export type Pending =
  /** `spot`: where on the netwerkkaart (flow units) the person will stand, nearest the click. */
  | { kind: 'new-person'; at: ScreenPoint; sector: Sector; closeness: Closeness; focus: boolean; hint?: string; spot?: Point }
  | { kind: 'relative'; of: string; relative: RelativeKind; at: ScreenPoint; hint?: string }
  | { kind: 'connect'; a: string; b: string; at: ScreenPoint; problem: string | null }
  /** A tie was just made from the connect menu: its direction of support, at the same place. */
  | { kind: 'tie-flow'; tieId: string; at: ScreenPoint }
  | null;
