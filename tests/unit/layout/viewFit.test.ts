import { describe, expect, it } from 'vitest';
import { zoomToFitAll, zoomToHoldAll } from '../../../src/layout/viewFit';

const pane = { ax: 400, ay: 300, width: 800, height: 600 };
const at = (...ps: Array<[number, number]>) => new Map(ps.map(([x, y], i) => [`p${i}`, { x, y }]));

describe('zoomToHoldAll', () => {
  it('is unbounded for the anchor alone', () => {
    expect(zoomToHoldAll(at([0, 0]), { x: 0, y: 0 }, pane)).toBe(Infinity);
  });

  it('keeps the farthest person inside the pane, with room for the name under the symbol', () => {
    const anchor = { x: 0, y: 0 };
    // 1000 flow px to the right: (800 - 34 - 400) / 1000.
    expect(zoomToHoldAll(at([0, 0], [1000, 0]), anchor, pane)).toBeCloseTo(0.366, 3);
    // 500 below: (600 - 56 - 300) / 500.
    expect(zoomToHoldAll(at([0, 0], [0, 500]), anchor, pane)).toBeCloseTo(0.488, 3);
    // Above and to the left, the smaller of both.
    expect(zoomToHoldAll(at([-200, -300]), anchor, pane)).toBeCloseTo(Math.min((400 - 34) / 200, (300 - 30) / 300), 6);
  });

  it('at that zoom, everyone is on screen with the anchor where it was', () => {
    const people = at([0, 0], [-700, 120], [380, -260], [90, 640]);
    const anchor = { x: 0, y: 0 };
    const z = zoomToHoldAll(people, anchor, pane);
    for (const p of people.values()) {
      const sx = pane.ax + (p.x - anchor.x) * z;
      const sy = pane.ay + (p.y - anchor.y) * z;
      expect(sx).toBeGreaterThanOrEqual(34 - 1e-9);
      expect(sx).toBeLessThanOrEqual(800 - 34 + 1e-9);
      expect(sy).toBeGreaterThanOrEqual(30 - 1e-9);
      expect(sy).toBeLessThanOrEqual(600 - 56 + 1e-9);
    }
  });
});

describe('zoomToFitAll', () => {
  it('fits the spread of the centres into the pane minus the room for symbols and names', () => {
    const { zoom, centre } = zoomToFitAll(at([0, 0], [1000, 200]), { width: 800, height: 600 });
    expect(zoom).toBeCloseTo((800 - 68) / 1000, 6);
    expect(centre).toEqual({ x: 500, y: 100 });
    expect(zoomToFitAll(at([5, 5]), { width: 800, height: 600 }).zoom).toBe(Infinity);
  });
});
