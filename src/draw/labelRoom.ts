/**
 * How wide a genogram name may be: the distance to the nearest person on the same row, so that
 * neighbours' names never run into each other while a person with room keeps their full name.
 * Computed from positions (cheap: one sort), turned into characters by the node itself.
 */
import { wrapLines } from './text';
import type { Positions } from '../layout/types';
import { displayName } from '../i18n/names';

/** People whose centres differ less than this in y stand on the same row. */
const ROW_TOLERANCE = 30;
const GAP = 8;
export const DEFAULT_ROOM = 200;

export function labelRoom(positions: Positions): Map<string, number> {
  const items = [...positions].sort(([, a], [, b]) => a.y - b.y || a.x - b.x);
  const rows: Array<Array<[string, number]>> = [];
  let rowY = -Infinity;
  for (const [id, p] of items) {
    if (p.y - rowY > ROW_TOLERANCE) {
      rows.push([]);
      rowY = p.y;
    }
    rows[rows.length - 1]!.push([id, p.x]);
  }
  const room = new Map<string, number>();
  for (const row of rows) {
    row.sort((a, b) => a[1] - b[1]);
    row.forEach(([id, x], i) => {
      const left = i > 0 ? x - row[i - 1]![1] : DEFAULT_ROOM;
      const right = i < row.length - 1 ? row[i + 1]![1] - x : DEFAULT_ROOM;
      room.set(id, Math.max(40, Math.min(left, right, DEFAULT_ROOM) - GAP));
    });
  }
  return room;
}

const FIT_CACHE_SIZE = 5000;
const linesCache = new Map<string, string[]>();

/**
 * The name wrapped onto at most two lines of `room` px (as personLabel draws it with maxWidth),
 * cached: it runs for every node on every import.
 */
export function linesThatFit(name: string, room: number, fontSize: number): string[] {
  const key = `${fontSize}|${Math.round(room)}|${name}`;
  const cached = linesCache.get(key);
  if (cached !== undefined) return cached;
  const lines = wrapLines(displayName({ name }), room, fontSize, 2);
  if (linesCache.size >= FIT_CACHE_SIZE) linesCache.clear();
  linesCache.set(key, lines);
  return lines;
}
