import type { Point } from '../graph/schema';

/**
 * Centre of each person's symbol in view coordinates, keyed by person id. A Map, never a plain
 * object: ids come from files, and `positions["constructor"]` on an object finds
 * Object.prototype's member for a person who has no position.
 */
export type Positions = ReadonlyMap<string, Point>;
