/**
 * The geometry svgToPdf.ts needs from SVG: 2-D affine matrices, the transform attribute, and
 * elliptical arcs as cubic Béziers (SVG 1.1 appendix F.6.5, endpoint to centre parameterisation).
 * Pure numbers, unit-tested.
 */

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (SVG's matrix()). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m · k: k applies first, then m (a child's transform inside its parent's). */
export function multiply(m: Matrix, k: Matrix): Matrix {
  return [
    m[0] * k[0] + m[2] * k[1],
    m[1] * k[0] + m[3] * k[1],
    m[0] * k[2] + m[2] * k[3],
    m[1] * k[2] + m[3] * k[3],
    m[0] * k[4] + m[2] * k[5] + m[4],
    m[1] * k[4] + m[3] * k[5] + m[5],
  ];
}

const FUNCTION = /(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/g;

/** The transform attribute's list, left to right; an unknown or malformed part is left out. */
export function parseTransform(value: string): Matrix {
  let m: Matrix = IDENTITY;
  for (const [, name, args] of value.matchAll(FUNCTION)) {
    const v = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (v.some((x) => !Number.isFinite(x))) continue;
    const k = step(name!, v);
    if (k) m = multiply(m, k);
  }
  return m;
}

function step(name: string, v: number[]): Matrix | null {
  switch (name) {
    case 'matrix':
      return v.length === 6 ? (v as Matrix) : null;
    case 'translate':
      return v.length >= 1 ? [1, 0, 0, 1, v[0]!, v[1] ?? 0] : null;
    case 'scale':
      return v.length >= 1 ? [v[0]!, 0, 0, v[1] ?? v[0]!, 0, 0] : null;
    case 'rotate': {
      if (v.length < 1) return null;
      const r = (v[0]! * Math.PI) / 180;
      const rot: Matrix = [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
      if (v.length < 3) return rot;
      const [, cx, cy] = v as [number, number, number];
      return multiply(multiply([1, 0, 0, 1, cx, cy], rot), [1, 0, 0, 1, -cx, -cy]);
    }
    case 'skewX':
      return v.length >= 1 ? [1, 0, Math.tan((v[0]! * Math.PI) / 180), 1, 0, 0] : null;
    case 'skewY':
      return v.length >= 1 ? [1, Math.tan((v[0]! * Math.PI) / 180), 0, 1, 0, 0] : null;
    default:
      return null;
  }
}

export type Cubic = [number, number, number, number, number, number];

/** The arc from (x1, y1) to (x2, y2) as cubic Béziers (control 1, control 2, end), at most 90° each. */
export function arcToCubics(x1: number, y1: number, rxIn: number, ryIn: number, rotationDeg: number, large: boolean, sweep: boolean, x2: number, y2: number): Cubic[] {
  if (x1 === x2 && y1 === y2) return [];
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  // A zero radius makes the arc a straight line (SVG F.6.2).
  if (rx === 0 || ry === 0) return [[x1, y1, x2, y2, x2, y2]];
  const phi = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  // Radii too small to reach are scaled up (F.6.6).
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let coef = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) coef = -coef;
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const at = (t: number): [number, number, number, number] => {
    // Point and derivative direction on the unit circle, then the ellipse, rotated and moved.
    const c = Math.cos(t);
    const s = Math.sin(t);
    return [cx + rx * c * cos - ry * s * sin, cy + rx * c * sin + ry * s * cos, -rx * s * cos - ry * c * sin, -rx * s * sin + ry * c * cos];
  };
  const out: Cubic[] = [];
  let t = theta1;
  let [px, py, pdx, pdy] = at(t);
  for (let i = 0; i < parts; i++) {
    const t2 = t + step;
    const [qx, qy, qdx, qdy] = at(t2);
    const last = i === parts - 1;
    out.push([px + k * pdx, py + k * pdy, qx - k * qdx, qy - k * qdy, last ? x2 : qx, last ? y2 : qy]);
    t = t2;
    [px, py, pdx, pdy] = [qx, qy, qdx, qdy];
  }
  return out;
}
