/** Snapshot commands of format v2: a frozen layout, a new label, a snapshot as a case of its own. */
import { describe, expect, it } from 'vitest';
import * as c from '../../../src/graph/commands';
import { createDemoCase } from '../../../src/graph/demo';
import { validate } from '../../../src/graph/validate';
import { NOW } from './helpers';

const layout = { genogram: { 'p-sam': { x: 1, y: 2 } }, netwerkkaart: { 'p-sam': { x: 0, y: 0 } } };

describe('snapshot commands', () => {
  it('takeSnapshot freezes the positions it is given, and refuses a bad layout', () => {
    const doc = createDemoCase(NOW);
    const snap = c.takeSnapshot(doc, { id: 'snap1', takenAt: NOW.toISOString(), label: 'Na tweede gesprek', layout });
    expect(snap.snapshots[0]?.layout).toEqual(layout);
    const bad = { netwerkkaart: { 'p-sam': { x: Number.NaN, y: 0 } } };
    expect(c.takeSnapshot(doc, { id: 'snap1', takenAt: NOW.toISOString(), label: 'x', layout: bad })).toBe(doc);
  });

  it('renameSnapshot changes only the label; the same doc for an unknown id, the same label or one too long', () => {
    const doc = c.takeSnapshot(createDemoCase(NOW), { id: 'snap1', takenAt: NOW.toISOString(), label: 'Begin' });
    const renamed = c.renameSnapshot(doc, { id: 'snap1', label: 'Na eerste gesprek' });
    expect(renamed.snapshots[0]).toEqual({ ...doc.snapshots[0], label: 'Na eerste gesprek' });
    expect(c.renameSnapshot(doc, { id: 'nope', label: 'x' })).toBe(doc);
    expect(c.renameSnapshot(doc, { id: 'snap1', label: 'Begin' })).toBe(doc);
    expect(c.renameSnapshot(doc, { id: 'snap1', label: 'x'.repeat(501) })).toBe(doc);
  });

  it('caseFromSnapshot makes a valid case of the frozen data, keeping the netwerkkaart as it was', () => {
    const demo = createDemoCase(NOW);
    const doc = c.takeSnapshot(demo, { id: 'snap1', takenAt: NOW.toISOString(), label: 'Begin', layout });
    const opened = c.caseFromSnapshot(doc.snapshots[0]!, { id: 'c-new', title: 'Familie (Begin)', now: NOW });
    expect(opened.case).toMatchObject({ id: 'c-new', title: 'Familie (Begin)' });
    expect(opened.people).toEqual(demo.people);
    expect(opened.snapshots).toEqual([]);
    expect(opened.layout).toEqual({ netwerkkaart: layout.netwerkkaart });
    expect(validate(opened)).toEqual([]);
  });
});
