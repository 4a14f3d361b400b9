import { describe, expect, it } from 'vitest';
import { setParentType } from '../../../src/graph/commands';
import { genogramConnectors } from '../../../src/layout/connectors';
import { hitArea, lineIndex, lineTargets } from '../../../src/layout/lineTargets';
import type { CaseDocument } from '../../../src/graph/schema';
import { createCase } from '../../../src/graph/create';

function family(): CaseDocument {
  const doc = createCase({ id: 'case', title: 'Lijnen', now: new Date('2026-12-01T10:00:00Z') });
  const person = (id: string, name: string) => ({ id, name, gender: 'unknown' as const, sector: 'household' as const, closeness: 1 as const });
  return {
    ...doc,
    people: [person('a', 'Linda'), person('b', 'Mark'), person('c', 'Sam'), person('d', 'Ria')],
    relations: [
      { id: 'r1', kind: 'partner', from: 'a', to: 'b', status: 'married' },
      { id: 'r2', kind: 'parent', from: 'a', to: 'c', type: 'biological' },
      { id: 'r3', kind: 'parent', from: 'b', to: 'c', type: 'biological' },
      // Ria is a single parent of Linda: a child line without a couple.
      { id: 'r4', kind: 'parent', from: 'd', to: 'a', type: 'biological' },
    ],
  };
}

const placed = new Map([
  ['d', { x: 0, y: 0 }],
  ['a', { x: 0, y: 200 }],
  ['b', { x: 120, y: 200 }],
  ['c', { x: 60, y: 400 }],
]);

describe('lineTargets', () => {
  it('names the partner relation of a couple line and both parent relations of a child line', () => {
    const doc = family();
    const targets = lineTargets(lineIndex(doc), genogramConnectors(doc, placed));
    const couple = targets.filter((t) => t.kind === 'couple');
    expect(couple.map((t) => t.relationIds)).toEqual([['r1']]);
    expect(couple[0]).toMatchObject({ people: ['a', 'b'], status: 'married' });
    const sam = targets.find((t) => t.kind === 'child' && t.child === 'c');
    expect(sam).toMatchObject({ relationIds: ['r2', 'r3'], type: 'biological' });
    const linda = targets.find((t) => t.kind === 'child' && t.child === 'a');
    expect(linda).toMatchObject({ relationIds: ['r4'], parents: ['d'] });
    // Every target has a line to click on.
    for (const t of targets) expect(t.points.length).toBeGreaterThanOrEqual(2);
  });

  it('a couple of parents who are not partners has no status to set: no couple target', () => {
    const doc = family();
    const noPartner = { ...doc, relations: doc.relations.filter((r) => r.id !== 'r1') };
    const targets = lineTargets(lineIndex(noPartner), genogramConnectors(noPartner, placed));
    expect(targets.some((t) => t.kind === 'couple')).toBe(false);
    expect(targets.find((t) => t.kind === 'child' && t.child === 'c')?.relationIds).toEqual(['r2', 'r3']);
  });
});

describe('setParentType', () => {
  it('changes every parent relation of the line at once, and nothing else', () => {
    const doc = family();
    const next = setParentType(doc, { relationIds: ['r2', 'r3', 'r1'], type: 'adoptive' });
    const type = (id: string) => next.relations.find((r) => r.id === id);
    expect(type('r2')).toMatchObject({ type: 'adoptive' });
    expect(type('r3')).toMatchObject({ type: 'adoptive' });
    expect(type('r4')).toMatchObject({ type: 'biological' });
    expect(type('r1')).toEqual(doc.relations[0]);
  });

  it('returns the same document when nothing changes or the type is unknown', () => {
    const doc = family();
    expect(setParentType(doc, { relationIds: ['r2'], type: 'biological' })).toBe(doc);
    expect(setParentType(doc, { relationIds: ['nope'], type: 'foster' })).toBe(doc);
    expect(setParentType(doc, { relationIds: ['r2'], type: 'x' as never })).toBe(doc);
  });
});

describe('hitArea', () => {
  it('is a band of the given half width around each segment, so a flat line has a height to click', () => {
    const d = hitArea([{ x: 0, y: 0 }, { x: 100, y: 0 }], 10);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    expect(Math.min(...ys)).toBe(-10);
    expect(Math.max(...ys)).toBe(10);
    // It stops where the line stops: at the symbols.
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(100);
    expect(hitArea([{ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 40, y: 50 }], 5).match(/M/g)).toHaveLength(2);
  });
});
