import { describe, expect, it } from 'vitest';
import { buildPersonNodes, type PersonFlowNode } from '../../../src/canvas/nodes';
import { buildTieEdges } from '../../../src/canvas/edges';
import { personAccessibleName } from '../../../src/canvas/accessibleName';
import { emptyOverlay } from '../../../src/state/overlay';
import { labelRoom, linesThatFit } from '../../../src/draw/labelRoom';
import { approxTextWidth } from '../../../src/draw/text';
import { docWith, person, pts } from './fixtures';

const sam = person('sam', { name: 'Sam', focus: true, birthYear: 2012, sector: 'household', closeness: 1 });
const ria = person('ria', { name: 'Ria', gender: 'female', sector: 'household' });
const kees = person('kees', { name: 'Kees', sector: 'friends' });

describe('document -> nodes', () => {
  it('makes exactly one node per person, even for a person in two families', () => {
    const doc = docWith(
      [sam, ria, kees, person('p2'), person('p3')],
      [
        { id: 'r1', kind: 'parent', from: 'ria', to: 'sam', type: 'biological' },
        { id: 'r2', kind: 'parent', from: 'p2', to: 'sam', type: 'adoptive' },
        { id: 'r3', kind: 'partner', from: 'ria', to: 'p3', status: 'married' },
      ],
    );
    const auto = pts({ sam: { x: 0, y: 0 }, ria: { x: 0, y: -200 }, kees: { x: 100, y: 0 }, p2: { x: 90, y: -200 }, p3: { x: 180, y: -200 } });
    const nodes = buildPersonNodes({ doc, view: 'genogram', auto });
    expect(nodes.map((n) => n.id).sort()).toEqual(['kees', 'p2', 'p3', 'ria', 'sam']);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  });

  it('uses the manual position of the view over the automatic one, and only of that view', () => {
    const doc = docWith([sam, ria], [], { genogram: { sam: { x: 500, y: 40 } }, netwerkkaart: { ria: { x: 7, y: 8 } } });
    const auto = pts({ sam: { x: 0, y: 0 }, ria: { x: 90, y: 0 } });
    const nodes = buildPersonNodes({ doc, view: 'genogram', auto });
    expect(nodes.find((n) => n.id === 'sam')!.position).toEqual({ x: 500, y: 40 });
    expect(nodes.find((n) => n.id === 'ria')!.position).toEqual({ x: 90, y: 0 });
  });

  it('shows a drag preview over both', () => {
    const doc = docWith([sam], [], { genogram: { sam: { x: 500, y: 40 } } });
    const nodes = buildPersonNodes({ doc, view: 'genogram', auto: pts({ sam: { x: 0, y: 0 } }), dragging: pts({ sam: { x: 1, y: 2 } }) });
    expect(nodes[0]!.position).toEqual({ x: 1, y: 2 });
  });

  it('leaves out people the genogram layout did not place, but shows everyone on the netwerkkaart', () => {
    const doc = docWith([sam, kees]);
    expect(buildPersonNodes({ doc, view: 'genogram', auto: pts({ sam: { x: 0, y: 0 } }) }).map((n) => n.id)).toEqual(['sam']);
    const all = buildPersonNodes({ doc, view: 'netwerkkaart', auto: pts({ sam: { x: 0, y: 0 }, kees: { x: 1, y: 1 } }) });
    expect(all.map((n) => n.id)).toEqual(['sam', 'kees']);
  });

  it('reuses node objects for people that did not change, so React Flow skips them', () => {
    const doc = docWith([sam, ria]);
    const auto = pts({ sam: { x: 0, y: 0 }, ria: { x: 90, y: 0 } });
    const first = buildPersonNodes({ doc, view: 'genogram', auto, overlays: new Map([['sam', { ...emptyOverlay }]]) });
    const cache = new Map<string, PersonFlowNode>(first.map((n) => [n.id, n]));
    const renamed = { ...ria, name: 'Ria B' };
    const doc2 = { ...doc, people: [sam, renamed] };
    // A recomputed but equal overlay must not count as a change.
    const second = buildPersonNodes(
      { doc: doc2, view: 'genogram', auto, overlays: new Map([['sam', { ...emptyOverlay }]]) },
      cache,
    );
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.data.person.name).toBe('Ria B');
    const selected = buildPersonNodes({ doc: doc2, view: 'genogram', auto, selectedId: 'sam' }, new Map(second.map((n) => [n.id, n])));
    expect(selected[0]).not.toBe(second[0]);
    expect(selected[0]!.selected).toBe(true);
  });

  it('gives nodes an accessible name with role and birth year', () => {
    expect(personAccessibleName(sam)).toBe('Sam, jeugdige, 2012');
    expect(personAccessibleName(person('x', { name: 'Dr. Jansen', sector: 'professional' }))).toBe('Dr. Jansen, professional');
    const nodes = buildPersonNodes({ doc: docWith([sam]), view: 'genogram', auto: pts({ sam: { x: 0, y: 0 } }) });
    expect(nodes[0]!.ariaLabel).toBe('Sam, jeugdige, 2012');
    expect(nodes[0]!.deletable).toBe(false);
  });
});

describe('document -> tie edges', () => {
  const doc = docWith(
    [sam, ria, kees],
    [
      { id: 't1', kind: 'tie', from: 'sam', to: 'kees', quality: 'strong', flow: 'to' },
      { id: 't2', kind: 'tie', from: 'sam', to: 'ghost', quality: 'weak', flow: 'none' },
      { id: 'r1', kind: 'parent', from: 'ria', to: 'sam', type: 'biological' },
    ],
  );

  it('makes an edge per tie between shown people, and none for family relations', () => {
    const edges = buildTieEdges(doc, new Set(['sam', 'ria', 'kees']), null);
    expect(edges.map((e) => [e.id, e.source, e.target, e.type])).toEqual([['t1', 'sam', 'kees', 'tie']]);
    expect(edges[0]!.ariaLabel).toBe('Band tussen Sam en Kees');
  });

  it('hides a tie whose person is not shown, marks the selected tie, and reuses unchanged edges', () => {
    expect(buildTieEdges(doc, new Set(['sam', 'ria']), null)).toEqual([]);
    const a = buildTieEdges(doc, new Set(['sam', 'kees']), null);
    const b = buildTieEdges(doc, new Set(['sam', 'kees']), null, new Map(a.map((e) => [e.id, e])));
    expect(b[0]).toBe(a[0]);
    const c = buildTieEdges(doc, new Set(['sam', 'kees']), 't1', new Map(a.map((e) => [e.id, e])));
    expect(c[0]!.selected).toBe(true);
  });
});

describe('room for names in the genogram', () => {
  it('gives each person the distance to the nearest neighbour on their row', () => {
    const room = labelRoom(pts({ a: { x: 0, y: 0 }, b: { x: 84, y: 0 }, c: { x: 300, y: 2 }, d: { x: 84, y: 200 } }));
    expect(room.get('a')).toBe(76);
    expect(room.get('b')).toBe(76);
    expect(room.get('c')).toBe(192);
    // Alone on the lower row: plenty of room.
    expect(room.get('d')).toBe(192);
  });

  it('keeps a name whole when it fits and wraps or cuts it when it does not', () => {
    expect(linesThatFit('Linda Bakker', 76, 11)).toEqual(['Linda Bakker']);
    const lines = linesThatFit('Mevrouw Meijer-van den Berg', 76, 11);
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const line of lines) expect(approxTextWidth(line, 11)).toBeLessThanOrEqual(76);
  });

  it('puts the room into the node data so the node redraws when a neighbour moves', () => {
    const doc = docWith([sam, ria]);
    const near = buildPersonNodes({ doc, view: 'genogram', auto: pts({ sam: { x: 0, y: 0 }, ria: { x: 84, y: 0 } }) });
    const far = buildPersonNodes(
      { doc, view: 'genogram', auto: pts({ sam: { x: 0, y: 0 }, ria: { x: 84, y: 0 } }), dragging: pts({ ria: { x: 400, y: 0 } }) },
      new Map(near.map((n) => [n.id, n])),
    );
    expect(near[0]!.data.labelRoom).toBe(76);
    expect(far[0]!.data.labelRoom).toBeGreaterThan(76);
    expect(far[0]).not.toBe(near[0]);
  });
});
