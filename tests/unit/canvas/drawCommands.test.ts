import { describe, expect, it } from 'vitest';
import { addRelative, connectProblem, connectRelation, currentPartner, newPerson } from '../../../src/canvas/drawCommands';
import { withFallbackPositions } from '../../../src/layout/fallbackPosition';
import { createAppStore, undo } from '../../../src/state/store';
import { docWith, person } from './fixtures';
import { pts } from './fixtures';

describe('drawing commands', () => {
  it('adds a child to a couple: person and both parent lines in ONE undo step', () => {
    const doc = docWith([person('a'), person('b')], [{ id: 'r0', kind: 'partner', from: 'a', to: 'b', status: 'married' }]);
    const store = createAppStore(doc);
    const child = newPerson('Noor', 'family', 2, 'c');
    store.getState().run(addRelative, { of: 'a', kind: 'child', person: child, relationIds: ['r1', 'r2'] });
    const after = store.getState().doc;
    expect(after.people.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(after.relations.filter((r) => r.kind === 'parent').map((r) => [r.from, r.to])).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().doc).toBe(doc);
  });

  it('adds a child to one parent when the partner is an ex or there are several', () => {
    const doc = docWith(
      [person('a'), person('b'), person('x')],
      [
        { id: 'r0', kind: 'partner', from: 'a', to: 'b', status: 'divorced' },
        { id: 'r1', kind: 'partner', from: 'a', to: 'x', status: 'married' },
      ],
    );
    expect(currentPartner(doc, 'a')).toBe('x');
    expect(currentPartner(doc, 'b')).toBeNull();
    const next = addRelative(doc, { of: 'b', kind: 'child', person: newPerson('K', 'family', 2, 'k'), relationIds: ['r9'] });
    expect(next.relations.filter((r) => r.to === 'k').map((r) => r.from)).toEqual(['b']);
  });

  it('adds a partner and a parent with the right direction', () => {
    const doc = docWith([person('a')]);
    const withPartner = addRelative(doc, { of: 'a', kind: 'partner', person: newPerson('P', 'family', 2, 'p') });
    expect(withPartner.relations[0]).toMatchObject({ kind: 'partner', from: 'a', to: 'p' });
    const withParent = addRelative(doc, { of: 'a', kind: 'parent', person: newPerson('M', 'family', 2, 'm') });
    expect(withParent.relations[0]).toMatchObject({ kind: 'parent', from: 'm', to: 'a', type: 'biological' });
  });

  it('refuses the whole gesture when a part is refused', () => {
    const doc = docWith([person('a')]);
    // The new person's id is taken: nothing is added at all.
    expect(addRelative(doc, { of: 'a', kind: 'child', person: newPerson('X', 'family', 2, 'a') })).toBe(doc);
    expect(addRelative(doc, { of: 'nobody', kind: 'child', person: newPerson('X', 'family', 2, 'x') })).toBe(doc);
  });

  it('maps the connect menu to relations, and explains a refusal in Dutch', () => {
    expect(connectRelation('parent-of', 'a', 'b', 'r')).toEqual({ id: 'r', kind: 'parent', from: 'a', to: 'b', type: 'biological' });
    expect(connectRelation('child-of', 'a', 'b', 'r')).toEqual({ id: 'r', kind: 'parent', from: 'b', to: 'a', type: 'biological' });
    expect(connectRelation('tie', 'a', 'b', 'r')).toMatchObject({ kind: 'tie', quality: 'normal', flow: 'none' });
    const doc = docWith([person('a'), person('b')], [{ id: 'r0', kind: 'parent', from: 'a', to: 'b', type: 'biological' }]);
    expect(connectProblem(doc, connectRelation('child-of', 'a', 'b', 'r1'))).toMatch(/nakomeling/);
    expect(connectProblem(doc, connectRelation('tie', 'a', 'b', 'r1'))).toBeNull();
  });
});

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
