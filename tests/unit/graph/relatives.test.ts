import { describe, expect, it } from 'vitest';
import { addRelative, connectRelation, dropOnNetwerkkaart, newPerson, relationProblem, relativePlace, setFamilyView } from '../../../src/graph/commands';
import { currentPartner } from '../../../src/graph/queries';
import { parseCase, serializeCase } from '../../../src/graph/parse';
import { LIMITS, type CaseDocument } from '../../../src/graph/schema';
import { createAppStore, undo } from '../../../src/state/store';
import { docWith, person } from '../canvas/fixtures';

const rel = (doc: CaseDocument, of: string, kind: 'partner' | 'child' | 'parent', id: string, name = id, ids = [`${id}-r1`, `${id}-r2`]) =>
  addRelative(doc, { of, kind, person: { id, name, gender: 'unknown' }, relationIds: ids });

describe('addRelative', () => {
  it('adds a child to a couple: person and both parent lines in ONE undo step', () => {
    const doc = docWith([person('a'), person('b')], [{ id: 'r0', kind: 'partner', from: 'a', to: 'b', status: 'married' }]);
    const store = createAppStore(doc);
    store.getState().run(addRelative, { of: 'a', kind: 'child', person: newPerson('c', 'Noor', 'family', 2), relationIds: ['r1', 'r2'] });
    const after = store.getState().doc;
    expect(after.people.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(after.relations.filter((r) => r.kind === 'parent').map((r) => [r.id, r.from, r.to])).toEqual([
      ['r1', 'a', 'c'],
      ['r2', 'b', 'c'],
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
    expect(currentPartner(doc, 'x')).toBe('a');
    expect(currentPartner(doc, 'b')).toBeNull();
    const next = rel(doc, 'b', 'child', 'k');
    expect(next.relations.filter((r) => r.to === 'k').map((r) => r.from)).toEqual(['b']);
  });

  it('adds a partner and a parent with the right direction', () => {
    const doc = docWith([person('a')]);
    expect(rel(doc, 'a', 'partner', 'p').relations[0]).toMatchObject({ kind: 'partner', from: 'a', to: 'p', id: 'p-r1' });
    expect(rel(doc, 'a', 'parent', 'm').relations[0]).toMatchObject({ kind: 'parent', from: 'm', to: 'a', type: 'biological' });
  });

  it('a second parent becomes the partner of the first when that one has no partner yet; not when they have one', () => {
    let doc = docWith([person('sam')]);
    doc = rel(doc, 'sam', 'parent', 'linda');
    doc = rel(doc, 'sam', 'parent', 'mark');
    expect(doc.relations.map((r) => [r.kind, r.from, r.to])).toEqual([
      ['parent', 'linda', 'sam'],
      ['parent', 'mark', 'sam'],
      ['partner', 'linda', 'mark'],
    ]);
    // A third parent (a step-parent, say) is not made anyone's partner; nor is a second parent
    // when the first already has a partner (current or ex).
    expect(rel(doc, 'sam', 'parent', 'x').relations.filter((r) => r.kind === 'partner')).toHaveLength(1);
    let other = docWith([person('noor'), person('mark'), person('esther')], [
      { id: 'r1', kind: 'parent', from: 'mark', to: 'noor', type: 'biological' },
      { id: 'r2', kind: 'partner', from: 'mark', to: 'esther', status: 'divorced' },
    ]);
    other = rel(other, 'noor', 'parent', 'eva');
    expect(other.relations.filter((r) => r.kind === 'partner')).toHaveLength(1);
    // Without an id for the couple the whole gesture is refused, like a child's second parent line.
    expect(rel(docWith([person('sam'), person('linda')], [{ id: 'r0', kind: 'parent', from: 'linda', to: 'sam', type: 'biological' }]), 'sam', 'parent', 'mark', 'M', ['only'])).toMatchObject({ relations: [{ id: 'r0' }] });
  });

  it('refuses the whole gesture when a part is refused or an id is missing', () => {
    const doc = docWith([person('a'), person('b')], [{ id: 'r0', kind: 'partner', from: 'a', to: 'b', status: 'married' }]);
    // The new person's id is taken, the anchor is unknown, a relation id is taken or missing: nothing is added at all.
    expect(rel(doc, 'a', 'child', 'a')).toBe(doc);
    expect(rel(doc, 'nobody', 'child', 'x')).toBe(doc);
    expect(rel(doc, 'a', 'child', 'x', 'X', ['r0', 'r9'])).toBe(doc);
    expect(rel(doc, 'a', 'child', 'x', 'X', ['r8'])).toBe(doc);
    expect(rel(doc, 'a', 'parent', 'x', 'X', [])).toBe(doc);
  });

  it('maps the connect menu to relations, and a refusal is explained', () => {
    expect(connectRelation('parent-of', 'a', 'b', 'r')).toEqual({ id: 'r', kind: 'parent', from: 'a', to: 'b', type: 'biological' });
    expect(connectRelation('child-of', 'a', 'b', 'r')).toEqual({ id: 'r', kind: 'parent', from: 'b', to: 'a', type: 'biological' });
    expect(connectRelation('tie', 'a', 'b', 'r')).toMatchObject({ kind: 'tie', quality: 'normal', flow: 'none' });
    const doc = docWith([person('a'), person('b')], [{ id: 'r0', kind: 'parent', from: 'a', to: 'b', type: 'biological' }]);
    expect(relationProblem(doc, connectRelation('child-of', 'a', 'b', 'r1'))).toBeTruthy();
    expect(relationProblem(doc, connectRelation('tie', 'a', 'b', 'r1'))).toBeNull();
  });
});

describe('relativePlace: where a new relative stands on the netwerkkaart', () => {
  /**
   * The family part of the reference family (tests/fixtures/referenceFamily.ts) built as in a
   * conversation, each relative from the person it is said about; where the professional put
   * them is in the comment. The rule gets the sector right for all, the ring for most.
   */
  it('puts the relatives of the reference family where the professional would', () => {
    let doc = docWith([person('sam', { name: 'Sam', sector: 'household', closeness: 1, focus: true })]);
    const place = (id: string) => {
      const p = doc.people.find((x) => x.id === id)!;
      return `${p.sector} ${p.closeness}`;
    };
    doc = rel(doc, 'sam', 'parent', 'linda');
    expect(place('linda')).toBe('household 1');
    doc = rel(doc, 'sam', 'parent', 'mark'); // the other parent, living elsewhere
    expect(place('mark')).toBe('family 1');
    doc = rel(doc, 'linda', 'partner', 'noor');
    expect(place('noor')).toBe('household 1');
    doc = rel(doc, 'linda', 'child', 'daan');
    expect(place('daan')).toBe('household 1');
    doc = rel(doc, 'linda', 'parent', 'ria'); // a grandparent
    expect(place('ria')).toBe('family 2');
    doc = rel(doc, 'mark', 'parent', 'ans');
    expect(place('ans')).toBe('family 2');
    doc = rel(doc, 'ans', 'partner', 'jan');
    expect(place('jan')).toBe('family 2');
    doc = rel(doc, 'ria', 'child', 'karin'); // an aunt
    expect(place('karin')).toBe('family 3');
    doc = rel(doc, 'karin', 'child', 'tim'); // a cousin: no ring beyond the third
    expect(place('tim')).toBe('family 3');
    const friend = docWith([person('j', { sector: 'friends', closeness: 2 })]);
    expect(relativePlace(friend, friend.people[0]!, 'parent')).toEqual({ sector: 'friends', closeness: 2 });
  });

  it('keeps a sector and ring the caller chose', () => {
    const doc = docWith([person('sam', { sector: 'household', closeness: 1 })]);
    const next = addRelative(doc, { of: 'sam', kind: 'parent', person: newPerson('m', 'M', 'leisure', 3), relationIds: ['r1'] });
    expect(next.people[1]).toMatchObject({ sector: 'leisure', closeness: 3 });
  });
});

describe('dropOnNetwerkkaart', () => {
  it('moves a person dropped in another cell there and keeps them where they were dropped, as one command', () => {
    const doc = docWith([person('a', { sector: 'family', closeness: 2 }), person('b')]);
    const next = dropOnNetwerkkaart(doc, {
      positions: new Map([['a', { x: 300, y: -40 }]]),
      moves: [{ id: 'a', sector: 'friends', closeness: 1 }],
    });
    expect(next.people[0]).toMatchObject({ sector: 'friends', closeness: 1 });
    expect(next.layout?.netwerkkaart?.a).toEqual({ x: 300, y: -40 });
    expect(next.people[1]).toBe(doc.people[1]);
  });
});

describe('setFamilyView', () => {
  it('stores only what was typed, and removes a field that is emptied', () => {
    const doc = docWith([]);
    const one = setFamilyView(doc, { field: 'hopes', text: 'Meer rust' });
    expect(one.steps['1']).toEqual({ status: 'todo', view: { hopes: 'Meer rust' } });
    const cleared = setFamilyView(one, { field: 'hopes', text: '' });
    expect(cleared.steps['1']).toEqual({ status: 'todo' });
    expect(setFamilyView(doc, { field: 'cons', text: '' })).toBe(doc);
  });

  it('refuses a text longer than the file format allows, so the case always reads back', () => {
    const doc = docWith([]);
    expect(setFamilyView(doc, { field: 'hopes', text: 'x'.repeat(LIMITS.textLength + 1) })).toBe(doc);
    const full = setFamilyView(doc, { field: 'hopes', text: 'x'.repeat(LIMITS.textLength) });
    expect(parseCase(serializeCase(full)).ok).toBe(true);
    expect(setFamilyView(doc, { field: 'toString' as never, text: 'x' })).toBe(doc);
  });
});
