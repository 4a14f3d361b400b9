import { describe, expect, it } from 'vitest';
import { placeInside } from '../../../src/canvas/Floating';

const box = { width: 800, height: 600 };
const size = { width: 300, height: 50 };

describe('placeInside', () => {
  it('puts an "above" panel above the person, clear of the symbol', () => {
    const at = placeInside({ x: 400, y: 300 }, size, box, 'above');
    expect(at.y + size.height).toBeLessThanOrEqual(300 - 24);
    expect(at.x).toBe(250);
  });

  it('flips an "above" panel near the top below the person and their name, not over the name', () => {
    const at = placeInside({ x: 400, y: 40 }, size, box, 'above');
    // Symbol half height 24, then a name label of about 16-20 px.
    expect(at.y).toBeGreaterThanOrEqual(40 + 24 + 20);
  });

  it('keeps a panel inside the map near an edge', () => {
    const at = placeInside({ x: 790, y: 590 }, size, box, 'below');
    expect(at.x + size.width).toBeLessThanOrEqual(box.width);
    expect(at.y + size.height).toBeLessThanOrEqual(box.height);
    expect(at.x).toBeGreaterThanOrEqual(0);
  });

  it('docks a corner panel in the top right or the top left corner, whatever the point', () => {
    const right = placeInside({ x: 10, y: 500 }, size, box, 'corner', { people: [], away: null });
    expect(right.x + size.width).toBeCloseTo(box.width - 8, 6);
    expect(right.y).toBe(8);
    const left = placeInside({ x: 790, y: 500 }, size, box, 'corner', { people: [{ x: box.width - 40, y: 30 }], away: null });
    expect(left).toEqual({ x: 8, y: 8 });
  });

  it('docks a corner panel where it covers nobody', () => {
    const people = [{ x: box.width - 40, y: 30 }];
    const at = placeInside({ x: 0, y: 0 }, size, box, 'corner', { people, away: null });
    expect(at).toEqual({ x: 8, y: 8 });
  });
});
