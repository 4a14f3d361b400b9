/**
 * Distinct heights for horizontal bars that would otherwise lie on top of each other
 * (sibling bars, jog tracks, long couple bars): interval colouring per row, greedy by left end.
 */
export interface Span {
  key: string;
  row: number;
  from: number;
  to: number;
}

const CLEARANCE = 8;

export function assignLevels(spans: Span[]): Map<string, number> {
  const level = new Map<string, number>();
  const byRow = new Map<number, Span[]>();
  for (const s of spans) {
    const row = byRow.get(s.row);
    if (row) row.push(s);
    else byRow.set(s.row, [s]);
  }
  for (const row of byRow.values()) {
    row.sort((a, b) => a.from - b.from || a.to - b.to || (a.key < b.key ? -1 : 1));
    const ends: number[] = []; // right end of the last span on each level
    for (const s of row) {
      let k = ends.findIndex((end) => end + CLEARANCE < s.from);
      if (k < 0) k = ends.length;
      ends[k] = s.to;
      level.set(s.key, k);
    }
  }
  return level;
}
