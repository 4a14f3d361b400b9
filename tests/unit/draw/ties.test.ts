import { describe, expect, it } from 'vitest';
import { TIE_QUALITIES, type TieQuality } from '../../../src/graph/schema';
import { ARROW_LENGTH, tieLine, TIE_TRIM, zigzagPath } from '../../../src/draw/ties';
import { SYMBOL_SIZE } from '../../../src/layout/metrics';
import { allNodes, parts } from './helpers';

const A = { x: 0, y: 0 };
const B = { x: 200, y: 0 };

function points(d: string): Array<[number, number]> {
  return Array.from(d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g), (m) => [Number(m[1]), Number(m[2])]);
}

function signature(q: TieQuality): string {
  return JSON.stringify(
    allNodes(tieLine(A, B, q, 'none')).map((n) => [n.tag, n.attrs?.['stroke-width'], n.attrs?.['stroke-dasharray'], n.attrs?.['data-part']]),
  );
}

describe('tieLine', () => {
  it('gives every quality a different drawing, apart from colour', () => {
    const sigs = new Set(TIE_QUALITIES.map(signature));
    expect(sigs.size).toBe(TIE_QUALITIES.length);
  });

  it('strong is thicker than normal, weak is dashed, normal is solid', () => {
    const width = (q: TieQuality) => Number(parts(tieLine(A, B, q, 'none'), 'line')[0]!.attrs!['stroke-width']);
    expect(width('strong')).toBeGreaterThanOrEqual(2 * width('normal'));
    expect(parts(tieLine(A, B, 'weak', 'none'), 'line')[0]!.attrs!['stroke-dasharray']).toBeTruthy();
    expect(parts(tieLine(A, B, 'normal', 'none'), 'line')[0]!.attrs!['stroke-dasharray']).toBeUndefined();
  });

  it('conflict is a zigzag that leaves the straight line on both sides', () => {
    const [zig] = parts(tieLine(A, B, 'conflict', 'none'), 'zigzag');
    const ys = points(String(zig!.attrs!.d)).map(([, y]) => y);
    expect(ys.length).toBeGreaterThan(8);
    expect(Math.max(...ys)).toBeGreaterThan(3);
    expect(Math.min(...ys)).toBeLessThan(-3);
  });

  it('stressful is a line with hatch strokes across it', () => {
    const tie = tieLine(A, B, 'stressful', 'none');
    expect(parts(tie, 'line')).toHaveLength(1);
    const hatch = points(String(parts(tie, 'hatch')[0]!.attrs!.d));
    expect(hatch.length).toBeGreaterThanOrEqual(10);
    expect(hatch.some(([, y]) => y < -3) && hatch.some(([, y]) => y > 3)).toBe(true);
  });

  it('cutoff has a gap in the middle and two short bars', () => {
    const tie = tieLine(A, B, 'cutoff', 'none');
    const line = points(String(parts(tie, 'line')[0]!.attrs!.d));
    expect(line).toHaveLength(4);
    const gapStart = line[1]![0];
    const gapEnd = line[2]![0];
    expect(gapEnd - gapStart).toBeGreaterThanOrEqual(10);
    expect((gapStart + gapEnd) / 2).toBeCloseTo(100, 5);
    const bars = points(String(parts(tie, 'cutoff-bars')[0]!.attrs!.d));
    expect(bars).toHaveLength(4);
    expect(bars[0]![0]).toBe(bars[1]![0]);
  });

  it('stops at the symbols: the line is trimmed by the symbol radius and a margin', () => {
    const line = points(String(parts(tieLine(A, B, 'normal', 'none'), 'line')[0]!.attrs!.d));
    expect(TIE_TRIM).toBeGreaterThan(SYMBOL_SIZE / 2);
    expect(line[0]![0]).toBeCloseTo(TIE_TRIM, 5);
    expect(line[1]![0]).toBeCloseTo(200 - TIE_TRIM, 5);
    const custom = points(String(parts(tieLine(A, B, 'normal', 'none', { trimFrom: 50, trimTo: 10 }), 'line')[0]!.attrs!.d));
    expect(custom[0]![0]).toBeCloseTo(50, 5);
    expect(custom[1]![0]).toBeCloseTo(190, 5);
  });

  it('draws arrowheads per flow, with the tip at the trimmed end', () => {
    const tips = (flow: 'none' | 'to' | 'from' | 'both') =>
      parts(tieLine(A, B, 'normal', flow), 'arrow').map((n) => points(String(n.attrs!.d))[0]![0]);
    expect(tips('none')).toEqual([]);
    expect(tips('to')).toEqual([200 - TIE_TRIM]);
    expect(tips('from')).toEqual([TIE_TRIM]);
    expect(tips('both').sort((a, b) => a - b)).toEqual([TIE_TRIM, 200 - TIE_TRIM]);
    // The line itself ends at the arrow's base, so the tip stays sharp.
    const line = points(String(parts(tieLine(A, B, 'strong', 'to'), 'line')[0]!.attrs!.d));
    expect(line[1]![0]).toBeLessThanOrEqual(200 - TIE_TRIM - ARROW_LENGTH + 1);
  });

  it('draws nothing when the symbols touch', () => {
    expect(tieLine(A, { x: 30, y: 0 }, 'strong', 'both').children).toEqual([]);
  });

  it('carries quality and flow as data attributes and can show a label', () => {
    const tie = tieLine(A, { x: 0, y: 300 }, 'weak', 'both', { label: 'P G' });
    expect(tie.attrs).toMatchObject({ 'data-quality': 'weak', 'data-flow': 'both' });
    expect(parts(tie, 'label')[0]!.children).toEqual(['P G']);
  });
});

describe('zigzagPath', () => {
  it('zigzag starts and ends on the line', () => {
    const pts = points(zigzagPath(A, B, 5, 10));
    expect(pts[0]).toEqual([0, 0]);
    expect(pts[pts.length - 1]).toEqual([200, 0]);
  });
});

describe('tieLine with a bend', () => {
  const bend = { x: 100, y: 120 };

  it('follows the curve: the line leaves the straight path and the arrowhead turns with it', () => {
    const drawing = tieLine(A, B, 'normal', 'to', { bend });
    const line = points(String(parts(drawing, 'line')[0]!.attrs!.d));
    expect(line.length).toBeGreaterThan(10);
    expect(Math.max(...line.map(([, y]) => y))).toBeGreaterThan(40);
    // Near B the curve comes up from below: the arrowhead's base lies below its tip.
    const arrow = points(String(parts(drawing, 'arrow')[0]!.attrs!.d));
    const [tip, ...base] = arrow;
    expect(base.every(([, y]) => y > tip![1])).toBe(true);
  });

  it('bends every style: zigzag, hatching and the cutoff gap stay on the curve', () => {
    for (const q of ['conflict', 'stressful', 'cutoff'] as const) {
      const all = allNodes(tieLine(A, B, q, 'none', { bend })).flatMap((n) => (typeof n.attrs?.d === 'string' ? points(n.attrs.d) : []));
      expect(Math.max(...all.map(([, y]) => y)), q).toBeGreaterThan(40);
    }
  });

  it('draws exactly the straight line without a bend', () => {
    expect(JSON.stringify(tieLine(A, B, 'conflict', 'both', { bend: null }))).toBe(JSON.stringify(tieLine(A, B, 'conflict', 'both')));
  });
});
