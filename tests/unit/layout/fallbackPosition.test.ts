import { describe, expect, it } from 'vitest';
import { withFallbackPositions } from '../../../src/layout/fallbackPosition';
import { docWith, person, pts } from '../canvas/fixtures';

describe('fallback positions', () => {
  it('puts a new child under their parent and a partner beside, without overlapping anyone', () => {
    const doc = docWith(
      [person('a'), person('b'), person('c'), person('d')],
      [
        { id: 'r1', kind: 'parent', from: 'a', to: 'c', type: 'biological' },
        { id: 'r2', kind: 'partner', from: 'a', to: 'd', status: 'married' },
      ],
    );
    const known = pts({ a: { x: 0, y: 0 }, b: { x: 84, y: 0 } });
    const out = withFallbackPositions(doc, ['a', 'b', 'c', 'd'], known);
    expect(out.get('a')).toEqual(known.get('a'));
    expect(out.get('c')!.y).toBeGreaterThan(0);
    expect(out.get('c')!.x).toBe(0);
    // The partner slot next to a is taken by b, so d moves further right.
    expect(out.get('d')!.y).toBe(0);
    expect(out.get('d')!.x).toBeGreaterThan(84);
  });
});

describe('fallback positions for a whole import', () => {
  it('places everyone at a distinct spot, near a relative where there is one', () => {
    const people = Array.from({ length: 600 }, (_, i) => person(`p${i}`));
    const relations = people.slice(1).map((p, i) => ({
      id: `r${i}`,
      kind: 'parent' as const,
      from: `p${Math.floor(i / 3)}`,
      to: p.id,
      type: 'biological' as const,
    }));
    const doc = docWith(people, relations);
    const out = withFallbackPositions(doc, people.map((p) => p.id), pts({}));
    expect([...out.keys()]).toHaveLength(600);
    const spots = new Set([...out.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(600);
    // A child stands below its parent.
    expect(out.get('p1')!.y).toBeGreaterThan(out.get('p0')!.y);
  });

  it('returns the known positions unchanged (same object) when nobody is missing', () => {
    const known = pts({ a: { x: 0, y: 0 } });
    expect(withFallbackPositions(docWith([person('a')]), ['a'], known)).toBe(known);
  });
});
