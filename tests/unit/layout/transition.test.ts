/** The toen → nu animation's positions: slide who is in both, keep who is in one moment where they stand. */
import { describe, expect, it } from 'vitest';
import { transitionMoment, transitionPositions } from '../../../src/layout/transition';

const before = new Map([['a', { x: 0, y: 0 }], ['gone', { x: 5, y: 5 }]]);
const after = new Map([['a', { x: 100, y: -50 }], ['new', { x: 7, y: 7 }]]);

describe('transitionPositions', () => {
  it('starts at then, ends at now, and is halfway in the middle', () => {
    expect(transitionPositions(before, after, 0).get('a')).toEqual({ x: 0, y: 0 });
    expect(transitionPositions(before, after, 1).get('a')).toEqual({ x: 100, y: -50 });
    expect(transitionPositions(before, after, 0.5).get('a')).toEqual({ x: 50, y: -25 });
    // Out of range is clamped.
    expect(transitionPositions(before, after, 7).get('a')).toEqual({ x: 100, y: -50 });
  });

  it('keeps who left and who joined at their own place', () => {
    const mid = transitionPositions(before, after, 0.3);
    expect(mid.get('gone')).toEqual({ x: 5, y: 5 });
    expect(mid.get('new')).toEqual({ x: 7, y: 7 });
    expect(transitionMoment(0.49)).toBe('then');
    expect(transitionMoment(0.5)).toBe('now');
  });
});
