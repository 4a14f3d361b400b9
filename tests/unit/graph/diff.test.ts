/** diffCase and the facts derived from it: every kind of change, a rename is a change, diff(a, a) is empty. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeFacts, diffCase, familySummary, informalShare, isEmptyDiff, offerShare } from '../../../src/graph/diff';
import { caseData } from '../../../src/graph/commands/snapshots';
import { createDemoCase } from '../../../src/graph/demo';
import type { CaseData, CaseDocument, Person, Relation } from '../../../src/graph/schema';
import { NOW, caseWith, person, tieRel } from './helpers';

function base(): CaseDocument {
  return caseWith(
    [person('p1', { name: 'Sam', focus: true, sector: 'household', closeness: 1 }), person('riet', { name: 'Oma Riet', closeness: 3 }), person('fatima', { name: 'Fatima', sector: 'professional' })],
    [tieRel('t1', 'riet', 'p1'), tieRel('t2', 'fatima', 'p1')],
    {
      needs: [{ id: 'n1', of: 'p1', type: 'practical', text: 'Vervoer naar voetbal' }, { id: 'n2', of: 'p1', type: 'social-emotional', text: 'Praten' }],
      offers: [{ id: 'o1', by: 'fatima', type: 'social-emotional', text: 'Gesprek', needIds: ['n2'] }],
      topics: [{ id: 'top1', label: 'ADHD' }],
      consents: [{ personId: 'riet', topicId: 'top1', decision: 'undecided' }],
      agreements: [{ id: 'a1', with: ['riet'], frequency: 'weekly', channel: 'phone', content: 'Bellen' }],
    },
  );
}

describe('diffCase', () => {
  it('finds nothing between a case and itself, or a copy of it', () => {
    const doc = createDemoCase(NOW);
    expect(isEmptyDiff(diffCase(doc, doc))).toBe(true);
    expect(isEmptyDiff(diffCase(doc, structuredClone(doc)))).toBe(true);
  });

  it('sees a renamed person as a change, not a removal and an addition', () => {
    const a = base();
    const b = { ...a, people: a.people.map((p) => (p.id === 'riet' ? { ...p, name: 'Oma Henriëtte' } : p)) };
    const d = diffCase(a, b);
    expect(d.people.added).toEqual([]);
    expect(d.people.removed).toEqual([]);
    expect(d.people.changed.map(([x, y]) => [x.name, y.name])).toEqual([['Oma Riet', 'Oma Henriëtte']]);
  });

  it('reports added, removed and changed records of every kind', () => {
    const a = base();
    const b: CaseDocument = {
      ...a,
      people: [...a.people.filter((p) => p.id !== 'fatima'), person('jan', { name: 'Buurman Jan', sector: 'neighbourhood' })],
      relations: [{ ...(a.relations[0] as Relation & { kind: 'tie' }), quality: 'strong' }, tieRel('t3', 'jan', 'p1')],
      needs: [{ ...a.needs[0]!, text: 'Vervoer' }],
      offers: [{ id: 'o2', by: 'jan', type: 'practical', text: 'Rijdt', needIds: ['n1'] }],
      strengths: [{ id: 's1', of: 'p1', domain: 'leisure', text: 'Voetbal' }],
      topics: [],
      consents: [],
      agreements: [],
      meetings: [{ id: 'm1', date: '2026-12-01', present: ['p1'], notes: 'Tweede gesprek' }],
      steps: { '3': { status: 'done' } },
    };
    const d = diffCase(a, b);
    expect(d.people.added.map((p) => p.id)).toEqual(['jan']);
    expect(d.people.removed.map((p) => p.id)).toEqual(['fatima']);
    expect(d.relations.changed.map(([x]) => x.id)).toEqual(['t1']);
    expect(d.relations.added.map((r) => r.id)).toEqual(['t3']);
    expect(d.relations.removed.map((r) => r.id)).toEqual(['t2']);
    expect(d.needs.changed).toHaveLength(1);
    expect(d.needs.removed.map((n) => n.id)).toEqual(['n2']);
    expect(d.offers.added.map((o) => o.id)).toEqual(['o2']);
    expect(d.offers.removed.map((o) => o.id)).toEqual(['o1']);
    expect(d.strengths.added).toHaveLength(1);
    expect(d.topics.removed).toHaveLength(1);
    expect(d.consents.removed).toHaveLength(1);
    expect(d.agreements.removed).toHaveLength(1);
    expect(d.meetings.added).toHaveLength(1);
    expect(d.steps.added.map((s) => s.id)).toEqual(['3']);
  });

  it('keys consents by person and topic', () => {
    const a = base();
    const b = { ...a, consents: [{ personId: 'riet', topicId: 'top1', decision: 'may-know' as const }] };
    const d = diffCase(a, b);
    expect(d.consents.changed).toHaveLength(1);
    expect(d.consents.added).toEqual([]);
  });

  it('treats ids such as __proto__ and constructor as plain ids', () => {
    const a = caseWith([person('__proto__'), person('constructor')]);
    const b = caseWith([person('constructor', { name: 'Nieuw' }), person('toString')]);
    const d = diffCase(a, b);
    expect(d.people.added.map((p) => p.id)).toEqual(['toString']);
    expect(d.people.removed.map((p) => p.id)).toEqual(['__proto__']);
    expect(d.people.changed).toHaveLength(1);
  });
});

describe('changeFacts', () => {
  it('names who moved ring or sector, and ties changed in quality or direction', () => {
    const a = base();
    const b: CaseDocument = {
      ...a,
      people: a.people.map((p) => (p.id === 'riet' ? { ...p, closeness: 2 as const } : p.id === 'fatima' ? { ...p, sector: 'other' as const } : p)),
      relations: a.relations.map((r) => (r.id === 't1' && r.kind === 'tie' ? { ...r, quality: 'strong' as const } : r.id === 't2' && r.kind === 'tie' ? { ...r, flow: 'to' as const } : r)),
    };
    const f = changeFacts(a, b);
    expect(f.moved.map((m) => [m.person.id, m.ring, m.sector])).toEqual([
      ['riet', [3, 2], undefined],
      ['fatima', undefined, ['professional', 'other']],
    ]);
    expect(f.tiesChanged.map((t) => [t.after.id, t.quality, t.flow])).toEqual([
      ['t1', ['normal', 'strong'], undefined],
      ['t2', undefined, ['both', 'to']],
    ]);
  });

  it('a renamed person has not moved', () => {
    const a = base();
    const b = { ...a, people: a.people.map((p) => ({ ...p, name: p.name + '!' })) };
    expect(changeFacts(a, b).moved).toEqual([]);
  });

  it('finds needs that became covered, by whom, and needs that became open', () => {
    const a = base();
    const b: CaseDocument = {
      ...a,
      offers: [
        { id: 'o2', by: 'riet', type: 'practical', text: 'Rijdt', needIds: ['n1'] },
        { id: 'o3', by: 'riet', type: 'practical', text: 'Nog eens', needIds: ['n1'] },
      ],
    };
    const f = changeFacts(a, b);
    expect(f.needsCovered.map((c) => [c.need.id, c.by.map((p) => p.name)])).toEqual([['n1', ['Oma Riet']]]);
    expect(f.needsOpened.map((n) => n.id)).toEqual(['n2']);
    expect(f.diff.offers.added).toHaveLength(2);
  });

  it('lists consent decisions that changed, were made or withdrawn', () => {
    const a = base();
    const b: CaseDocument = {
      ...a,
      people: [...a.people],
      consents: [
        { personId: 'riet', topicId: 'top1', decision: 'may-not-know' },
        { personId: 'fatima', topicId: 'top1', decision: 'may-know' },
      ],
    };
    const f = changeFacts(a, b);
    expect(f.consentsChanged.map((c) => [c.before?.decision, c.after?.decision])).toEqual([
      [undefined, 'may-know'],
      ['undecided', 'may-not-know'],
    ]);
    const c = changeFacts(b, { ...b, consents: [b.consents[0]!, { ...b.consents[1]!, how: 'meeting' }] });
    expect(c.consentsChanged).toEqual([]); // only the decision counts, not how it was told
  });

  it('lists agreements added, changed and ended', () => {
    const a = base();
    const b: CaseDocument = {
      ...a,
      agreements: [{ id: 'a2', with: ['p1'], frequency: 'monthly', channel: 'video', content: 'Bellen' }],
    };
    const f = changeFacts(a, b);
    expect(f.agreementsAdded.map((x) => x.id)).toEqual(['a2']);
    expect(f.agreementsEnded.map((x) => x.id)).toEqual(['a1']);
    const g = changeFacts(a, { ...a, agreements: [{ ...a.agreements[0]!, frequency: 'monthly' }] });
    expect(g.agreementsChanged).toHaveLength(1);
  });
});

describe('familySummary', () => {
  it('counts offers by professionals against the informal network, before and after', () => {
    const a = base();
    const b: CaseDocument = { ...a, offers: [...a.offers, { id: 'o2', by: 'riet', type: 'practical', text: 'Rijdt', needIds: ['n1'] }] };
    const s = familySummary(a, b, changeFacts(a, b));
    expect(s.offers.before).toEqual({ professional: 1, informal: 0, unknown: 0 });
    expect(s.offers.after).toEqual({ professional: 1, informal: 1, unknown: 0 });
    expect(informalShare(s.offers.after)).toBe(0.5);
    expect(informalShare(offerShare(caseWith([])))).toBeNull();
    expect(s.openNeeds).toEqual([1, 0]);
    expect(s.needsCovered.map((c) => c.by.map((p) => p.id))).toEqual([['riet']]);
  });
});

// --- properties -----------------------------------------------------------------------------

const ids = ['a', 'b', 'c', 'd', 'e', 'f', '__proto__', 'constructor'];
const personArb = fc.record({
  id: fc.constantFrom(...ids),
  name: fc.string({ maxLength: 6 }),
  closeness: fc.constantFrom(1 as const, 2 as const, 3 as const),
  sector: fc.constantFrom('family' as const, 'friends' as const, 'professional' as const),
});
const dataArb = fc
  .uniqueArray(personArb, { selector: (p) => p.id, maxLength: ids.length })
  .map((ps): CaseData => ({ ...caseData(caseWith([])), people: ps.map((p): Person => ({ ...p, gender: 'unknown' })) }));

/** Applying a diff to its first side gives the second side (as a set keyed by id). */
function applyPeople(a: CaseData, b: CaseData): Map<string, Person> {
  const d = diffCase(a, b).people;
  const out = new Map(a.people.map((p) => [p.id, p]));
  for (const p of d.removed) out.delete(p.id);
  for (const p of d.added) out.set(p.id, p);
  for (const [, p] of d.changed) out.set(p.id, p);
  return out;
}

describe('diffCase properties', () => {
  it('diff(a, a) is empty for any case', () => {
    fc.assert(fc.property(dataArb, (a) => isEmptyDiff(diffCase(a, structuredClone(a)))));
  });

  it('applying diff(a, b) to a gives b', () => {
    fc.assert(
      fc.property(dataArb, dataArb, (a, b) => {
        const got = applyPeople(a, b);
        expect([...got.keys()].sort()).toEqual(b.people.map((p) => p.id).sort());
        for (const p of b.people) expect(got.get(p.id)).toEqual(p);
      }),
    );
  });

  it('diff(b, a) is diff(a, b) reversed', () => {
    fc.assert(
      fc.property(dataArb, dataArb, (a, b) => {
        const ab = diffCase(a, b).people;
        const ba = diffCase(b, a).people;
        expect(ba.added.map((p) => p.id).sort()).toEqual(ab.removed.map((p) => p.id).sort());
        expect(ba.removed.map((p) => p.id).sort()).toEqual(ab.added.map((p) => p.id).sort());
        expect(ba.changed.length).toBe(ab.changed.length);
        // A person who moved one way moved back the other way.
        expect(changeFacts(b, a).moved.length).toBe(changeFacts(a, b).moved.length);
      }),
    );
  });
});

describe('diffCase at scale', () => {
  it('finds in two generated 1000-person cases exactly the people who joined and left', async () => {
    const { generateFamily } = await import('../../../src/layout/genogramGenerate');
    const { laterCase, withNetwork } = await import('../../fuzz/laterCase');
    const before = withNetwork(generateFamily(1000, 1));
    const after = laterCase(before);
    const f = changeFacts(before, after);
    const afterIds = new Set(after.people.map((p) => p.id));
    const beforeIds = new Set(before.people.map((p) => p.id));
    expect(f.joined.map((p) => p.id)).toEqual(after.people.filter((p) => !beforeIds.has(p.id)).map((p) => p.id));
    expect(f.left.map((p) => p.id)).toEqual(before.people.filter((p) => !afterIds.has(p.id)).map((p) => p.id));
    expect(f.moved.length).toBeGreaterThan(0);
    expect(f.tiesChanged.length).toBeGreaterThan(0);
    expect(f.needsCovered.length).toBeGreaterThan(0);
  });
});
