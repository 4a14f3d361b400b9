import type { Point } from '../graph/schema';

/** Centre of each person's symbol in view coordinates, keyed by person id. */
export type Positions = Record<string, Point>;
