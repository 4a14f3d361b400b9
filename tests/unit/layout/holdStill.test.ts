import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoCase } from '../../../src/graph/demo';
import { addPerson, clearLayout, removePerson, setPositions, updatePerson } from '../../../src/graph/commands';
import { CLOSENESS, SECTORS, type CaseDocument, type Closeness, type Person, type Sector } from '../../../src/graph/schema';
import { holdNetwerkkaartStill } from '../../../src/layout/holdStill';
import { netwerkkaartView } from '../../../src/layout/netwerkkaartView';
import { placeAt } from '../../../src/layout/netwerkkaartGeometry';
import { footprintOverlap } from '../../../src/layout/footprint';
import { createAppStore } from '../../../src/state/store';
import { createCase } from '../../../src/graph/create';
import { REFERENCE_FAMILY } from '../../fixtures/referenceFamily';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const person = (id: string, sector: Sector, closeness: Closeness, name = id): Person => ({ id, name, gender: 'unknown', sector, closeness });

function storeWith(doc: CaseDocument) {
  return createAppStore(doc, () => NOW, { settle: holdNetwerkkaartStill });
}

function moved(before: CaseDocument, after: CaseDocument, except: ReadonlySet<string>): string[] {
  const a = netwerkkaartView(before).positions;
  const b = netwerkkaartView(after).positions;
  const out: string[] = [];
  for (const [id, p] of a) {
    if (except.has(id)) continue;
    const q = b.get(id);
    if (q && Math.hypot(p.x - q.x, p.y - q.y) > 1) out.push(id);
  }
  return out;
}

describe('holdNetwerkkaartStill', () => {
  it('adding a person moves nobody else, and the new person stands in their own wedge and ring, clear of everyone', () => {
    const store = storeWith(createDemoCase(NOW));
    const before = store.getState().doc;
    store.getState().run(addPerson, person('new1', 'friends', 2, 'Jamal'));
    const after = store.getState().doc;
    expect(moved(before, after, new Set(['new1']))).toEqual([]);
    const view = netwerkkaartView(after);
    const at = view.positions.get('new1')!;
    expect(placeAt(view.geometry, at)).toEqual({ sector: 'friends', closeness: 2 });
    for (const [id, p] of view.positions) if (id !== 'new1') expect(footprintOverlap(at, p), id).toBeNull();
  });

  it('keeps the wedges and rings as they were on screen (the frame is stored)', () => {
    const store = storeWith(createDemoCase(NOW));
    const shown = netwerkkaartView(store.getState().doc).geometry;
    store.getState().run(addPerson, person('new1', 'faith', 1));
    const kept = netwerkkaartView(store.getState().doc).geometry;
    expect(kept.ringRadii.map(Math.round)).toEqual(shown.ringRadii.map(Math.round));
    for (const [i, w] of kept.sectors.entries()) {
      expect(w.startAngle).toBeCloseTo(shown.sectors[i]!.startAngle, 3);
      expect(w.endAngle).toBeCloseTo(shown.sectors[i]!.endAngle, 3);
    }
  });

  it('renaming (which re-sorts a wedge) and removing move nobody else; a new wedge or ring moves only that person', () => {
    const store = storeWith(createDemoCase(NOW));
    const doc0 = store.getState().doc;
    const someone = doc0.people.find((p) => !p.focus && p.sector === 'family')!;
    store.getState().run(updatePerson, { id: someone.id, patch: { name: 'Aaaa eerst op naam' } });
    const doc1 = store.getState().doc;
    expect(moved(doc0, doc1, new Set())).toEqual([]);
    const other = doc1.people.find((p) => !p.focus && p.id !== someone.id)!;
    store.getState().run(removePerson, { id: other.id });
    const doc2 = store.getState().doc;
    expect(moved(doc1, doc2, new Set())).toEqual([]);
    store.getState().run(updatePerson, { id: someone.id, patch: { sector: 'leisure', closeness: 3 } });
    const doc3 = store.getState().doc;
    expect(moved(doc2, doc3, new Set([someone.id]))).toEqual([]);
    const view = netwerkkaartView(doc3);
    expect(placeAt(view.geometry, view.positions.get(someone.id)!)).toEqual({ sector: 'leisure', closeness: 3 });
  });

  it('a drop keeps the dropped position; undo takes the frame and positions back in one step', () => {
    const store = storeWith(createDemoCase(NOW));
    const doc0 = store.getState().doc;
    store.getState().run(addPerson, person('new1', 'friends', 1));
    expect(store.getState().doc.layout?.netwerkkaartFrame).toBeDefined();
    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(doc0);
  });

  it('"Automatisch schikken" (clearLayout) drops the kept frame and positions', () => {
    const store = storeWith(createDemoCase(NOW));
    store.getState().run(addPerson, person('new1', 'friends', 1));
    store.getState().run(clearLayout, { view: 'netwerkkaart' });
    const layout = store.getState().doc.layout ?? {};
    expect(layout.netwerkkaart).toBeUndefined();
    expect(layout.netwerkkaartFrame).toBeUndefined();
  });

  it('a drag of one person stays a drag: nobody else is written down', () => {
    const store = storeWith(createDemoCase(NOW));
    const id = store.getState().doc.people.find((p) => !p.focus)!.id;
    store.getState().run(setPositions, { view: 'netwerkkaart', positions: new Map([[id, { x: 5, y: -300 }]]) });
    expect(Object.keys(store.getState().doc.layout?.netwerkkaart ?? {})).toEqual([id]);
  });

  it('property: any sequence of adds, removes, renames and wedge changes moves only the touched person', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), sector: fc.constantFrom(...SECTORS), closeness: fc.constantFrom(...CLOSENESS), name: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('cell' as const), pick: fc.nat(), sector: fc.constantFrom(...SECTORS), closeness: fc.constantFrom(...CLOSENESS) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const store = storeWith(createDemoCase(NOW));
        let n = 0;
        for (const o of ops) {
          const before = store.getState().doc;
          const others = before.people.filter((p) => !p.focus);
          let touched = '';
          if (o.kind === 'add') {
            touched = `x${n++}`;
            store.getState().run(addPerson, person(touched, o.sector, o.closeness, o.name));
          } else if (others.length > 0) {
            const p = others[o.pick % others.length]!;
            touched = p.id;
            if (o.kind === 'remove') store.getState().run(removePerson, { id: p.id });
            else if (o.kind === 'rename') store.getState().run(updatePerson, { id: p.id, patch: { name: o.name } });
            else store.getState().run(updatePerson, { id: p.id, patch: { sector: o.sector, closeness: o.closeness } });
          }
          expect(moved(before, store.getState().doc, new Set([touched]))).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the reference family drawn one by one from an empty case: nobody moves, nobody overlaps, each in their own cell', () => {
    const store = storeWith(createCase({ id: 'c1', title: 'Nieuw', now: NOW }));
    REFERENCE_FAMILY.forEach((r, i) => {
      const before = store.getState().doc;
      const id = `p${i}`;
      store.getState().run(addPerson, { ...person(id, r.sector, r.closeness, r.name), ...(i === 0 ? { focus: true } : {}) });
      expect(moved(before, store.getState().doc, new Set([id])), r.name).toEqual([]);
    });
    const { geometry, positions } = netwerkkaartView(store.getState().doc);
    const list = [...positions];
    for (let i = 0; i < list.length; i++) {
      const [id, at] = list[i]!;
      const p = store.getState().doc.people.find((x) => x.id === id)!;
      if (!p.focus) expect(placeAt(geometry, at), p.name).toEqual({ sector: p.sector, closeness: p.closeness });
      for (let j = i + 1; j < list.length; j++) expect(footprintOverlap(at, list[j]![1]), `${id}/${list[j]![0]}`).toBeNull();
    }
  });
});
