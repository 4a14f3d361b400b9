import { describe, expect, it } from 'vitest';
import { anchorShift, between, easeOut, nobodyMoved } from '../../../src/layout/glide';

const from = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 100 }],
  ['gone', { x: 5, y: 5 }],
]);
const to = new Map([
  ['a', { x: 0, y: 200 }],
  ['b', { x: 100, y: 100 }],
  ['new', { x: 50, y: 50 }],
]);

describe('glide', () => {
  it('eases out from 0 to 1, clamped', () => {
    expect(easeOut(0)).toBe(0);
    expect(easeOut(1)).toBe(1);
    expect(easeOut(2)).toBe(1);
    expect(easeOut(0.5)).toBeGreaterThan(0.5);
  });

  it('puts everyone part of the way; the new at their place at once, the gone left out', () => {
    const mid = between(from, to, 0.25);
    expect(mid.get('a')).toEqual({ x: 0, y: 50 });
    expect(mid.get('b')).toEqual({ x: 100, y: 100 });
    expect(mid.get('new')).toEqual({ x: 50, y: 50 });
    expect(mid.has('gone')).toBe(false);
    expect(between(from, to, 1)).toBe(to);
  });

  it('needs no glide when only someone new came or someone went', () => {
    expect(nobodyMoved(from, to)).toBe(false);
    const added = new Map([...from, ['new', { x: 1, y: 1 }]]);
    expect(nobodyMoved(from, added)).toBe(true);
  });

  it('moves the view by as much as the anchor person moves, or not at all', () => {
    expect(anchorShift(from, to, 'a')).toEqual({ x: 0, y: 200 });
    expect(anchorShift(from, to, 'b')).toBeNull();
    expect(anchorShift(from, to, 'new')).toBeNull();
    expect(anchorShift(from, to, null)).toBeNull();
  });
});
