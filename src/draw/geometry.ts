/** Small plane-geometry helpers shared by the drawing functions. */
import type { Point } from '../graph/schema';
import { formatValue } from './render';

export function fmt(n: number): string {
  return formatValue(n);
}

export function path(points: Point[], closed = false): string {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)} ${fmt(p.y)}`).join(' ');
  return closed ? `${d} Z` : d;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/**
 * The part of the infinite line through `p` with direction `dir` that lies inside a convex
 * polygon (Cyrus–Beck), or null. Used to hatch a shape without an SVG pattern or clip-path,
 * which would need document-unique ids and do not survive every PDF converter.
 */
export function clipLineToConvex(p: Point, dir: Point, polygon: Point[]): [Point, Point] | null {
  let tMin = -Infinity;
  let tMax = Infinity;
  const n = polygon.length;
  // Orientation sign so that "inside" is the same side for clockwise and anticlockwise polygons.
  let area = 0;
  for (let i = 0; i < n; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % n]!;
    area += a.x * b.y - b.x * a.y;
  }
  const sign = area >= 0 ? 1 : -1;
  for (let i = 0; i < n; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % n]!;
    // Inward normal of edge a->b.
    const nx = -(b.y - a.y) * sign;
    const ny = (b.x - a.x) * sign;
    const denom = nx * dir.x + ny * dir.y;
    const num = nx * (p.x - a.x) + ny * (p.y - a.y);
    if (Math.abs(denom) < 1e-12) {
      if (num < 0) return null;
      continue;
    }
    const t = -num / denom;
    if (denom > 0) tMin = Math.max(tMin, t);
    else tMax = Math.min(tMax, t);
  }
  if (tMin >= tMax) return null;
  return [
    { x: p.x + dir.x * tMin, y: p.y + dir.y * tMin },
    { x: p.x + dir.x * tMax, y: p.y + dir.y * tMax },
  ];
}

export function regularPolygon(radius: number, sides: number): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = (i / sides) * Math.PI * 2;
    return { x: radius * Math.cos(a), y: radius * Math.sin(a) };
  });
}
