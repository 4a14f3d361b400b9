import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Point } from '../../../src/graph/schema';
import { TIE_CLEARANCE, tieBend, tieBendAmong, tieCurve } from '../../../src/layout/tieRoute';

const A = { x: 0, y: 0 };
const B = { x: 400, y: 0 };

function distToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

function clearance(line: Point[], p: Point): number {
  let d = Infinity;
  for (let i = 1; i < line.length; i++) d = Math.min(d, distToSegment(p, line[i - 1]!, line[i]!));
  return d;
}

function crossed(line: Point[], others: Point[]): number {
  return others.filter((o) => clearance(line, o) < TIE_CLEARANCE).length;
}

describe('tieBend', () => {
  it('keeps a line straight when nobody is in the way', () => {
    expect(tieBend(A, B, [{ x: 200, y: 120 }, { x: -100, y: 0 }, { x: 520, y: 0 }])).toBeNull();
  });

  it('bends a line around a symbol standing on it, clearing it', () => {
    const other = { x: 200, y: 0 };
    const bend = tieBend(A, B, [other]);
    expect(bend).not.toBeNull();
    const curve = tieCurve(A, B, bend);
    expect(curve[0]).toEqual(A);
    expect(curve[curve.length - 1]).toEqual(B);
    expect(clearance(curve, other)).toBeGreaterThanOrEqual(TIE_CLEARANCE);
  });

  it('bows away from the side the symbol stands on, by the least that clears it', () => {
    const above = { x: 200, y: -10 };
    const bend = tieBend(A, B, [above])!;
    // y grows downwards: the symbol is just above the line, so the line goes below it.
    expect(bend.y).toBeGreaterThan(0);
    const curve = tieCurve(A, B, bend);
    const bow = Math.max(...curve.map((p) => p.y));
    expect(bow).toBeLessThan(2 * TIE_CLEARANCE + 10);
  });

  it('goes round the other side when the near side is blocked too', () => {
    const others = [{ x: 200, y: -5 }, { x: 200, y: -60 }, { x: 160, y: -70 }, { x: 240, y: -70 }];
    const bend = tieBend(A, B, others)!;
    expect(bend.y).toBeGreaterThan(0);
    expect(crossed(tieCurve(A, B, bend), others)).toBe(0);
  });

  it('leaves a short line straight: there is no room to bend it', () => {
    expect(tieBend(A, { x: 60, y: 0 }, [{ x: 30, y: 0 }])).toBeNull();
  });

  it('takes its people from a map of centres, skipping the tie’s own two', () => {
    const centres = new Map([
      ['a', A],
      ['b', B],
      ['c', { x: 200, y: 2 }],
    ]);
    expect(tieBendAmong('a', 'b', centres)).not.toBeNull();
    expect(tieBendAmong('a', 'missing', centres)).toBeNull();
    expect(tieBendAmong('a', 'b', new Map([['a', A], ['b', B]]))).toBeNull();
  });

  it('never crosses more symbols than the straight line would', () => {
    const pt = fc.record({ x: fc.integer({ min: -50, max: 450 }), y: fc.integer({ min: -150, max: 150 }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 12 }), (raw) => {
        // People stand apart (their symbols do not overlap) and off the tie's own ends.
        const others: Point[] = [];
        for (const p of raw) {
          if (Math.hypot(p.x - A.x, p.y - A.y) < 50 || Math.hypot(p.x - B.x, p.y - B.y) < 50) continue;
          if (others.some((o) => Math.hypot(o.x - p.x, o.y - p.y) < 45)) continue;
          others.push(p);
        }
        const bend = tieBend(A, B, others);
        const straight = crossed([A, B], others);
        const after = crossed(tieCurve(A, B, bend), others);
        expect(after).toBeLessThanOrEqual(straight);
        if (straight === 0) expect(bend).toBeNull();
      }),
    );
  });
});
