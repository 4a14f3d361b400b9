import { describe, expect, it } from 'vitest';
import { cornerSpot, quietCorner, TOP_CORNERS } from '../../../src/canvas/quietCorner';

const box = { width: 800, height: 600 };
const size = { width: 260, height: 120 };

describe('quietCorner', () => {
  it('takes the top right when nobody stands in any corner', () => {
    expect(quietCorner(size, box, [{ x: 400, y: 300 }], null)).toBe('top-right');
  });

  it('leaves the corner where someone stands, also when only their name would be covered', () => {
    expect(quietCorner(size, box, [{ x: 700, y: 60 }], null)).toBe('top-left');
    // Just below the panel's edge: the symbol is clear but the name under it is not.
    const spot = cornerSpot('top-right', size, box);
    expect(quietCorner(size, box, [{ x: 700, y: spot.y + size.height + 10 }], null)).toBe('top-left');
  });

  it('goes to the bottom left when both top corners hold people', () => {
    expect(quietCorner(size, box, [{ x: 700, y: 60 }, { x: 100, y: 60 }], null)).toBe('bottom-left');
  });

  it('covers the fewest people when every corner holds some', () => {
    const people = [{ x: 700, y: 60 }, { x: 650, y: 80 }, { x: 100, y: 60 }, { x: 100, y: 540 }, { x: 150, y: 520 }];
    expect(quietCorner(size, box, people, null)).toBe('top-left');
  });

  it('among quiet corners, stays away from the line being changed', () => {
    expect(quietCorner(size, box, [], { x: 700, y: 100 })).toBe('bottom-left');
    expect(quietCorner(size, box, [], { x: 100, y: 500 })).toBe('top-right');
  });

  it('keeps to the corners it is given (the minimap takes the bottom left on a large map)', () => {
    expect(quietCorner(size, box, [{ x: 700, y: 60 }, { x: 100, y: 60 }, { x: 650, y: 70 }], null, TOP_CORNERS)).toBe('top-left');
  });
});
