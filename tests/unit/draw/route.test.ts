import { describe, expect, it } from 'vitest';
import { polylineRoute } from '../../../src/draw/route';

describe('polylineRoute', () => {
  const route = polylineRoute([
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 50 },
  ]);

  it('measures the whole length and finds points along it', () => {
    expect(route.length).toBe(150);
    expect(route.at(40)).toEqual({ x: 40, y: 0 });
    expect(route.at(125)).toEqual({ x: 100, y: 25 });
  });

  it('offsets to the left of the direction of travel', () => {
    // Along +x the normal is +y (y grows downwards); along +y it is -x.
    expect(route.at(40, 5)).toEqual({ x: 40, y: 5 });
    expect(route.at(125, 5)).toEqual({ x: 95, y: 25 });
  });

  it('gives the direction of the segment at a point', () => {
    expect(route.dir(10)).toEqual({ x: 1, y: 0 });
    expect(route.dir(140)).toEqual({ x: 0, y: 1 });
  });

  it('slices with the bends in between', () => {
    expect(route.slice(50, 120)).toEqual([
      { x: 50, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 20 },
    ]);
    expect(route.slice(10, 20)).toEqual([
      { x: 10, y: 0 },
      { x: 20, y: 0 },
    ]);
  });
});
