/**
 * A line measured along its length: the path a tie follows, straight or bent (layout/tieRoute).
 * The tie's styles — zigzag, hatching, the cutoff gap, arrowheads, the middle label — are all
 * placed by distance along the line and offset across it, so one drawing code serves both. A
 * straight route is a polyline of two points and gives exactly the old straight drawing.
 */
import type { Point } from '../graph/schema';

export interface Route {
  length: number;
  /** The point `t` along the line, `offset` to its left (the normal turns the direction 90°). */
  at(t: number, offset?: number): Point;
  /** The unit direction of the line at `t`. */
  dir(t: number): Point;
  /** The line between `t0` and `t1` as points, with every bend in between. */
  slice(t0: number, t1: number): Point[];
}

export function polylineRoute(points: readonly Point[]): Route {
  const pts = points.length >= 2 ? points : [points[0] ?? { x: 0, y: 0 }, points[0] ?? { x: 0, y: 0 }];
  // cum[i] = length from the start to pts[i].
  const cum = [0];
  for (let i = 1; i < pts.length; i++) cum.push(cum[i - 1]! + Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y));
  const length = cum[cum.length - 1]!;

  /** The segment holding `t`: the last i with cum[i] <= t, kept on a segment of non-zero length where there is one. */
  const segment = (t: number): number => {
    let lo = 0;
    let hi = pts.length - 2;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (cum[m]! <= t) lo = m;
      else hi = m - 1;
    }
    return lo;
  };
  const unit = (i: number): Point => {
    const dx = pts[i + 1]!.x - pts[i]!.x;
    const dy = pts[i + 1]!.y - pts[i]!.y;
    const l = Math.hypot(dx, dy);
    return l === 0 ? { x: 1, y: 0 } : { x: dx / l, y: dy / l };
  };
  const at = (t: number, offset = 0): Point => {
    const i = segment(t);
    const u = unit(i);
    const s = t - cum[i]!;
    return { x: pts[i]!.x + u.x * s - u.y * offset, y: pts[i]!.y + u.y * s + u.x * offset };
  };
  return {
    length,
    at,
    dir: (t) => unit(segment(t)),
    slice(t0, t1) {
      const out = [at(t0)];
      for (let i = 1; i < pts.length - 1; i++) if (cum[i]! > t0 && cum[i]! < t1) out.push(pts[i]!);
      out.push(at(t1));
      return out;
    },
  };
}
