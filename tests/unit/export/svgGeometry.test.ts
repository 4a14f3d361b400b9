/** The SVG geometry the PDF's map converter relies on: transforms, arcs, paint and path data. */
import { describe, expect, it } from 'vitest';
import { arcToCubics, multiply, parseTransform, type Matrix } from '../../../src/export/svgGeometry';
import { parsePaint } from '../../../src/export/svgPaint';
import { pathOps } from '../../../src/export/svgToPdf';

const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

describe('parseTransform', () => {
  it('applies the list right to left, as SVG does (translate then scale = scale first)', () => {
    const m = parseTransform('translate(10 20) scale(2)');
    expect(apply(m, 1, 1)).toEqual([12, 22]);
    expect(apply(parseTransform('scale(2) translate(10 20)'), 1, 1)).toEqual([22, 42]);
  });

  it('rotates clockwise on screen (y down), also about a given point', () => {
    const [x, y] = apply(parseTransform('rotate(90)'), 1, 0);
    expect(x).toBeCloseTo(0);
    expect(y).toBeCloseTo(1);
    const [px, py] = apply(parseTransform('rotate(180 5 5)'), 0, 0);
    expect(px).toBeCloseTo(10);
    expect(py).toBeCloseTo(10);
  });

  it('leaves out what it cannot read instead of guessing', () => {
    expect(parseTransform('translate(3,4) bogus(1) scale(x)')).toEqual([1, 0, 0, 1, 3, 4]);
    expect(parseTransform('')).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it('multiply puts the child inside its parent', () => {
    expect(multiply([2, 0, 0, 2, 0, 0], [1, 0, 0, 1, 5, 0])).toEqual([2, 0, 0, 2, 10, 0]);
  });
});

describe('arcToCubics', () => {
  it('a half circle ends where the arc ends and passes through the far side', () => {
    const cubics = arcToCubics(0, 0, 10, 10, 0, false, true, 20, 0);
    expect(cubics).toHaveLength(2);
    const last = cubics[cubics.length - 1]!;
    expect(last.slice(4)).toEqual([20, 0]);
    // Sweep 1 turns clockwise on screen (y down): from 9 o'clock up over 12 o'clock, (10, -10).
    expect(cubics[0]![4]).toBeCloseTo(10);
    expect(cubics[0]![5]).toBeCloseTo(-10);
  });

  it('the other sweep goes round the other side; the large flag takes the long way', () => {
    expect(arcToCubics(0, 0, 10, 10, 0, false, false, 20, 0)[0]![5]).toBeCloseTo(10);
    expect(arcToCubics(0, 0, 20, 20, 0, true, true, 20, 0).length).toBeGreaterThan(arcToCubics(0, 0, 20, 20, 0, false, true, 20, 0).length);
  });

  it('radii too small to reach are scaled up; a zero radius is a straight line', () => {
    const cubics = arcToCubics(0, 0, 1, 1, 0, false, true, 20, 0);
    expect(cubics[0]![4]).toBeCloseTo(10);
    expect(arcToCubics(0, 0, 0, 5, 0, false, true, 20, 0)).toEqual([[0, 0, 20, 0, 20, 0]]);
    expect(arcToCubics(3, 3, 5, 5, 0, false, true, 3, 3)).toEqual([]);
  });
});

describe('parsePaint', () => {
  it('reads the colours the drawing writes, and nothing else', () => {
    expect(parsePaint('#1a1a1a')).toEqual([26, 26, 26]);
    expect(parsePaint('#fff')).toEqual([255, 255, 255]);
    expect(parsePaint('white')).toEqual([255, 255, 255]);
    expect(parsePaint('none')).toBeNull();
    expect(parsePaint('url(#p)')).toBeNull();
    expect(parsePaint('hatched')).toBeNull();
  });
});

describe('pathOps', () => {
  it('writes absolute and relative commands as PDF path operators', () => {
    expect(pathOps('M0 0 L10 0 H20 V5 Z')).toBe('0 0 m 10 0 l 20 0 l 20 5 l h');
    expect(pathOps('m1 1 l2 0 2 2 h-1 v-1 z')).toBe('1 1 m 3 1 l 5 3 l 4 3 l 4 2 l h');
  });

  it('turns a quadratic into the equivalent cubic and reflects S control points', () => {
    expect(pathOps('M0 0 Q3 3 6 0')).toBe('0 0 m 2 2 4 2 6 0 c');
    expect(pathOps('M0 0 C0 1 1 1 1 0 S2 -1 2 0')).toBe('0 0 m 0 1 1 1 1 0 c 1 -1 2 -1 2 0 c');
  });

  it('stops at a command short of its numbers, as SVG does; nothing drawable is null', () => {
    expect(pathOps('M0 0 L5 5 L7')).toBe('0 0 m 5 5 l');
    expect(pathOps('5 5 L 3 3')).toBeNull();
    expect(pathOps('M 1 1')).toBeNull();
    expect(pathOps('')).toBeNull();
  });
});
