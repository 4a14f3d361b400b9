import { describe, expect, it } from 'vitest';
import { admitNodes } from '../../../src/canvas/progressive';
import { sameNodeDrawing } from '../../../src/canvas/PersonNodeShell';
import { buildPersonNodes } from '../../../src/canvas/nodes';
import { NODE_BOX, NODE_HANDLES } from '../../../src/canvas/nodeBox';
import { docWith, person } from './fixtures';
import { pts } from './fixtures';

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
const list = (...names: string[]) => names.map((id) => ({ id }));

describe('admitNodes: mounting many new people a slice at a time', () => {
  it('lets in at most the budget of new nodes, in order, and counts the rest', () => {
    const r = admitNodes(list('a', 'b', 'c', 'd', 'e'), new Set(), 2);
    expect(ids(r.shown)).toEqual(['a', 'b']);
    expect(r.waiting).toBe(3);
    expect([...r.admitted]).toEqual(['a', 'b']);
  });

  it('keeps everything already mounted and adds the next slice', () => {
    const r = admitNodes(list('x', 'a', 'b', 'c', 'd'), new Set(['b', 'd']), 2);
    expect(ids(r.shown)).toEqual(['x', 'a', 'b', 'd']);
    expect(r.waiting).toBe(1);
  });

  it('lets a single new person in at once and hands back the same array when all fit', () => {
    const nodes = list('a', 'b', 'new');
    const r = admitNodes(nodes, new Set(['a', 'b']), 30);
    expect(r.shown).toBe(nodes);
    expect(r.waiting).toBe(0);
  });

  it('forgets people that are gone', () => {
    const r = admitNodes(list('a'), new Set(['a', 'gone']), 1);
    expect([...r.admitted]).toEqual(['a']);
  });
});

describe('nodes need no measuring and keep their drawing when moved', () => {
  const sam = person('sam', { name: 'Sam' });
  const doc = docWith([sam]);

  it('carries its size and handles, so React Flow does not measure it in the DOM', () => {
    const [n] = buildPersonNodes({ doc, view: 'genogram', auto: pts({ sam: { x: 0, y: 0 } }) });
    expect(n!.measured).toEqual({ width: NODE_BOX, height: NODE_BOX });
    expect(n!.handles).toBe(NODE_HANDLES);
    expect(NODE_HANDLES.map((h) => `${h.id}:${h.type}`)).toEqual(['in:target', 'out:source']);
    // The knob stays within reach of the node's right edge.
    const out = NODE_HANDLES[1]!;
    expect(out.x + (out.width ?? 0)).toBeGreaterThan(NODE_BOX);
    expect(out.y + (out.height ?? 0) / 2).toBe(NODE_BOX / 2);
  });

  it('reuses the data object when only the position changed, and not when the person changed', () => {
    const [first] = buildPersonNodes({ doc, view: 'genogram', auto: pts({ sam: { x: 0, y: 0 } }) });
    const cache = new Map([[first!.id, first!]]);
    const [moved] = buildPersonNodes({ doc, view: 'genogram', auto: pts({ sam: { x: 300, y: 0 } }) }, cache);
    expect(moved).not.toBe(first);
    expect(moved!.data).toBe(first!.data);
    const renamed = docWith([{ ...sam, name: 'Samira' }]);
    const [changed] = buildPersonNodes({ doc: renamed, view: 'genogram', auto: pts({ sam: { x: 300, y: 0 } }) }, cache);
    expect(changed!.data).not.toBe(first!.data);
  });

  it('redraws a person only when what the drawing uses changed, not for a move', () => {
    const [n] = buildPersonNodes({ doc, view: 'genogram', auto: pts({ sam: { x: 0, y: 0 } }) });
    const props = {
      id: 'sam', data: n!.data, type: 'person', selected: false, dragging: false, isConnectable: true,
      selectable: true, deletable: false, draggable: true, zIndex: 0, width: 48, height: 48,
      positionAbsoluteX: 0, positionAbsoluteY: 0,
    } as Parameters<typeof sameNodeDrawing>[0];
    expect(sameNodeDrawing(props, { ...props, positionAbsoluteX: 500, zIndex: 3 })).toBe(true);
    expect(sameNodeDrawing(props, { ...props, selected: true })).toBe(false);
    expect(sameNodeDrawing(props, { ...props, data: { ...n!.data } })).toBe(false);
  });
});

describe('connectors while a large case is still mounting', () => {
  it('draws nothing (and does not fail) before the positions are handed over', async () => {
    const { genogramConnectors } = await import('../../../src/layout/connectors');
    const { createDemoCase } = await import('../../../src/graph/demo');
    expect(genogramConnectors(createDemoCase(new Date('2026-01-01')), pts({}))).toEqual([]);
  });
});
