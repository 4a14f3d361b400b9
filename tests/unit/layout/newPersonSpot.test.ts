import { describe, expect, it } from 'vitest';
import { createDemoCase } from '../../../src/graph/demo';
import { addPersonAt } from '../../../src/graph/commands';
import type { CaseDocument, Closeness, Person, Sector } from '../../../src/graph/schema';
import { holdNetwerkkaartStill } from '../../../src/layout/holdStill';
import { netwerkkaartView } from '../../../src/layout/netwerkkaartView';
import { placeAt } from '../../../src/layout/netwerkkaartGeometry';
import { dropSpot, spotForNewPerson } from '../../../src/layout/newPersonSpot';
import { MIN_CENTRE_DISTANCE } from '../../../src/layout/footprint';
import { createAppStore } from '../../../src/state/store';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const person = (id: string, sector: Sector, closeness: Closeness): Person => ({ id, name: id, gender: 'unknown', sector, closeness });

/** A point in the middle of a cell, a little off its centre line, as a click would be. */
function clickIn(doc: CaseDocument, sector: Sector, closeness: Closeness, turn: number) {
  const { geometry } = netwerkkaartView(doc);
  const wedge = geometry.sectors.find((w) => w.sector === sector)!;
  const inner = closeness === 1 ? geometry.centreRadius : geometry.ringRadii[closeness - 2]!;
  const r = (inner + geometry.ringRadii[closeness - 1]!) / 2;
  const a = wedge.startAngle + (wedge.endAngle - wedge.startAngle) * turn;
  return { x: geometry.centre.x + r * Math.sin(a), y: geometry.centre.y - r * Math.cos(a) };
}

describe('a person added by a click', () => {
  it('stands near the click, in the clicked cell, and nobody else moves', () => {
    const doc = createDemoCase(NOW);
    const store = createAppStore(doc, () => NOW, { settle: holdNetwerkkaartStill });
    const before = netwerkkaartView(store.getState().doc).positions;
    const cells: Array<[Sector, Closeness, number]> = [['faith', 3, 0.3], ['other', 2, 0.6]];
    for (const [sector, ring, turn] of cells) {
      const click = clickIn(store.getState().doc, sector, ring, turn);
      const spot = spotForNewPerson(store.getState().doc, sector, ring, click);
      expect(spot.crowded).toBe(false);
      // An empty cell has room right where one clicked (within a row's step).
      expect(Math.hypot(spot.at.x - click.x, spot.at.y - click.y)).toBeLessThan(80);
      const id = `n-${sector}`;
      store.getState().run(addPersonAt, { person: person(id, sector, ring), at: spot.at });
      const after = netwerkkaartView(store.getState().doc);
      expect(after.positions.get(id)).toEqual(spot.at);
      expect(placeAt(after.geometry, spot.at)).toEqual({ sector, closeness: ring });
    }
    const after = netwerkkaartView(store.getState().doc).positions;
    for (const [id, p] of before) expect(after.get(id), id).toEqual(p);
    // A second click in the same narrow (20°) cell finds it full and says so.
    const doc2 = store.getState().doc;
    expect(spotForNewPerson(doc2, 'faith', 3, clickIn(doc2, 'faith', 3, 0.7)).crowded).toBe(true);
  });

  it('one command, one undo step; a refused person adds no position', () => {
    const doc = createDemoCase(NOW);
    const store = createAppStore(doc, () => NOW, { settle: holdNetwerkkaartStill });
    store.getState().run(addPersonAt, { person: person('x', 'faith', 1), at: { x: 1, y: 2 } });
    expect(store.getState().doc.people.some((p) => p.id === 'x')).toBe(true);
    store.temporal.getState().undo();
    expect(store.getState().doc.people.some((p) => p.id === 'x')).toBe(false);
    // An id already taken: nothing at all.
    const taken = addPersonAt(doc, { person: person(doc.people[0]!.id, 'faith', 1), at: { x: 1, y: 2 } });
    expect(taken).toBe(doc);
  });

  it('says when the cell is full', () => {
    let doc = createDemoCase(NOW);
    const store = createAppStore(doc, () => NOW, { settle: holdNetwerkkaartStill });
    let crowded = false;
    for (let i = 0; i < 40 && !crowded; i++) {
      doc = store.getState().doc;
      const spot = spotForNewPerson(doc, 'faith', 1, clickIn(doc, 'faith', 1, 0.5));
      crowded = spot.crowded;
      store.getState().run(addPersonAt, { person: person(`f${i}`, 'faith', 1), at: spot.at });
    }
    expect(crowded).toBe(true);
  });
});

describe('a person dropped by hand', () => {
  it('stays exactly where dropped when that is free, and slides to the nearest free spot when it would cover someone', () => {
    const doc = createDemoCase(NOW);
    const view = netwerkkaartView(doc);
    const [moverId, otherId] = [doc.people.find((p) => p.name === 'Daan')!.id, doc.people.find((p) => p.name === 'Lotte')!.id];
    const free = clickIn(doc, 'faith', 3, 0.5);
    expect(dropSpot(doc, moverId, 'faith', 3, free)).toEqual(free);

    const other = view.positions.get(otherId)!;
    const onTop = { x: other.x + 3, y: other.y + 2 };
    const other2 = doc.people.find((p) => p.id === otherId)!;
    const landed = dropSpot(doc, moverId, other2.sector, other2.closeness, onTop);
    expect(landed).not.toEqual(onTop);
    expect(Math.hypot(landed.x - other.x, landed.y - other.y)).toBeGreaterThanOrEqual(MIN_CENTRE_DISTANCE);
    expect(placeAt(view.geometry, landed)).toEqual({ sector: other2.sector, closeness: other2.closeness });
  });

  it('a drop on its own old place is free: the person is not counted against themselves', () => {
    const doc = createDemoCase(NOW);
    const daan = doc.people.find((p) => p.name === 'Daan')!;
    const at = netwerkkaartView(doc).positions.get(daan.id)!;
    expect(dropSpot(doc, daan.id, daan.sector, daan.closeness, at)).toEqual(at);
  });
});
