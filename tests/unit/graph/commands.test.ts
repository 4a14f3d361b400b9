import { describe, expect, it } from 'vitest';
import * as c from '../../../src/graph/commands';
import { createDemoCase } from '../../../src/graph/demo';
import { createCase } from '../../../src/graph/create';
import { LIMITS, type CaseDocument } from '../../../src/graph/schema';
import { validate } from '../../../src/graph/validate';
import { NOW, caseWith, parentRel, partnerRel, person, tieRel } from './helpers';
import { pts } from '../canvas/fixtures';

const demo = (): CaseDocument => createDemoCase(NOW);
/** A command result that must be a real change and still valid. */
function changed(before: CaseDocument, after: CaseDocument): CaseDocument {
  expect(after).not.toBe(before);
  expect(validate(after)).toEqual([]);
  return after;
}

describe('createCase', () => {
  it('makes an empty valid case, optionally with its focus person', () => {
    const empty = createCase({ id: 'c9', title: 'Nieuw', now: NOW });
    expect(empty).toMatchObject({ format: 'netwerkkaart', version: 2, people: [], case: { id: 'c9', title: 'Nieuw', createdAt: NOW.toISOString() } });
    expect(validate(empty)).toEqual([]);
    const withFocus = createCase({ id: 'c9', title: 'Nieuw', now: NOW, focus: person('p1') });
    expect(withFocus.people).toEqual([{ ...person('p1'), focus: true }]);
  });
});

describe('people', () => {
  it('addPerson adds; refuses a used id, an invalid record, or a full case', () => {
    const doc = caseWith([person('p1')]);
    const next = changed(doc, c.addPerson(doc, person('p2', { name: 'Ngọc' })));
    expect(next.people.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(doc.people).toHaveLength(1); // pure
    expect(c.addPerson(doc, person('p1'))).toBe(doc);
    expect(c.addPerson(doc, person('c1'))).toBe(doc); // the case id is taken too
    expect(c.addPerson(doc, person('p3', { name: 'x'.repeat(LIMITS.nameLength + 1) }))).toBe(doc);
    expect(c.addPerson(doc, person('p3', { closeness: 5 as 1 }))).toBe(doc);
    const full = caseWith(Array.from({ length: LIMITS.people }, (_, i) => person(`p${i}`)));
    expect(c.addPerson(full, person('extra'))).toBe(full);
  });

  it('updatePerson patches, never changes the id, removes fields set to undefined, returns same doc when unchanged', () => {
    const doc = caseWith([person('p1', { birthYear: 1980, notes: 'x' })]);
    const next = changed(doc, c.updatePerson(doc, { id: 'p1', patch: { name: 'Małgorzata', notes: undefined } }));
    expect(next.people[0]).toEqual({ id: 'p1', name: 'Małgorzata', gender: 'unknown', sector: 'family', closeness: 2, birthYear: 1980 });
    expect('notes' in (next.people[0] ?? {})).toBe(false);
    expect(c.updatePerson(doc, { id: 'p1', patch: { birthYear: 1980 } })).toBe(doc);
    expect(c.updatePerson(doc, { id: 'nobody', patch: { name: 'x' } })).toBe(doc);
    expect(c.updatePerson(doc, { id: 'p1', patch: { id: 'p2' } as never })).toBe(doc);
    expect(c.updatePerson(doc, { id: 'p1', patch: { sector: 'moon' as never } })).toBe(doc);
  });

  it('removePerson cascades everything that refers to the person, in one step', () => {
    const doc = demo();
    const next = changed(doc, c.removePerson(doc, { id: 'p-ans' }));
    const refs = JSON.stringify({ ...next, snapshots: [] });
    expect(refs).not.toContain('"p-ans"');
    expect(next.people.some((p) => p.id === 'p-ans')).toBe(false);
    expect(next.relations.some((r) => r.from === 'p-ans' || r.to === 'p-ans')).toBe(false);
    expect(next.offers.some((o) => o.by === 'p-ans')).toBe(false);
    expect(next.consents.some((x) => x.personId === 'p-ans')).toBe(false);
    // the agreement keeps its other people; the one with only Sam left stays too
    expect(next.agreements.find((a) => a.id === 'a-app')?.with).toEqual(['p-linda', 'p-karin', 'p-henk']);
    expect(next.agreements.find((a) => a.id === 'a-oma')?.with).toEqual(['p-sam']);
    expect(next.meetings[0]?.present).not.toContain('p-ans');
  });

  it('removePerson removes their needs and unlinks those needs from others’ offers', () => {
    const doc = demo();
    const next = changed(doc, c.removePerson(doc, { id: 'p-sam' }));
    expect(next.needs.some((n) => n.of === 'p-sam')).toBe(false);
    expect(next.offers.find((o) => o.id === 'o-kees-talk')?.needIds).toEqual([]);
    expect(next.offers.find((o) => o.id === 'o-ans-stay')?.needIds).toEqual(['n-linda-rest']);
    expect(next.strengths.some((s) => s.of === 'p-sam')).toBe(false);
  });

  it('removePerson drops an agreement left with nobody and the person’s manual positions', () => {
    let doc = caseWith([person('p1'), person('p2')]);
    doc = c.addAgreement(doc, { id: 'a1', with: ['p2'], frequency: 'weekly', channel: 'phone', content: 'x' });
    doc = c.setPositions(doc, { view: 'genogram', positions: pts({ p1: { x: 1, y: 1 }, p2: { x: 2, y: 2 } }) });
    doc = c.setPositions(doc, { view: 'netwerkkaart', positions: pts({ p2: { x: 5, y: 5 } }) });
    const next = changed(doc, c.removePerson(doc, { id: 'p2' }));
    expect(next.agreements).toEqual([]);
    expect(next.layout).toEqual({ genogram: { p1: { x: 1, y: 1 } }, netwerkkaart: {} });
  });

  it('removing the focus person leaves the case without one (nobody is promoted); unknown id is a no-op', () => {
    const doc = demo();
    const next = c.removePerson(doc, { id: 'p-sam' });
    expect(next.people.some((p) => p.focus)).toBe(false);
    expect(c.removePerson(doc, { id: 'nobody' })).toBe(doc);
  });

  it('removePerson leaves snapshots alone (history)', () => {
    const doc = c.takeSnapshot(demo(), { id: 'snap1', takenAt: NOW.toISOString(), label: 'Begin' });
    const next = c.removePerson(doc, { id: 'p-ans' });
    expect(next.snapshots[0]?.data.people.some((p) => p.id === 'p-ans')).toBe(true);
    expect(validate(next)).toEqual([]);
  });
});

describe('relations', () => {
  const family = () => caseWith([person('a', { name: 'Opa' }), person('b', { name: 'Papa' }), person('c', { name: 'Sam' }), person('d')], [parentRel('r1', 'a', 'b'), parentRel('r2', 'b', 'c')]);

  it('addRelation adds each kind', () => {
    const doc = family();
    expect(changed(doc, c.addRelation(doc, partnerRel('r3', 'b', 'd'))).relations).toHaveLength(3);
    expect(changed(doc, c.addRelation(doc, { id: 'r3', kind: 'sibling', from: 'c', to: 'd' })).relations).toHaveLength(3);
    expect(changed(doc, c.addRelation(doc, tieRel('r3', 'a', 'c'))).relations).toHaveLength(3);
    expect(changed(doc, c.addRelation(doc, parentRel('r3', 'd', 'c', 'step'))).relations).toHaveLength(3);
  });

  it('relationProblem names each reason, and addRelation refuses what it reports', () => {
    const doc = family();
    const cases: Array<[ReturnType<typeof parentRel>, c.RelationProblem]> = [
      [tieRel('r3', 'c', 'c'), { code: 'self-relation', params: {} }],
      [tieRel('r3', 'c', 'zz'), { code: 'no-such-person', params: { id: 'zz' } }],
      [parentRel('r3', 'c', 'a'), { code: 'parent-is-descendant', params: { parent: 'Sam', child: 'Opa' } }],
      [parentRel('r3', 'a', 'b', 'adoptive'), { code: 'already-parent', params: { parent: 'Opa', child: 'Papa' } }],
    ];
    for (const [relation, problem] of cases) {
      expect(c.relationProblem(doc, relation)).toEqual(problem);
      expect(c.addRelation(doc, relation)).toBe(doc);
    }
    const withCouple = c.addRelation(doc, partnerRel('r3', 'b', 'd'));
    expect(c.relationProblem(withCouple, partnerRel('r4', 'd', 'b', 'divorced'))).toEqual({ code: 'already-partners', params: { a: 'D', b: 'Papa' } });
    const withSibs = c.addRelation(doc, { id: 'r3', kind: 'sibling', from: 'c', to: 'd' });
    expect(c.relationProblem(withSibs, { id: 'r4', kind: 'sibling', from: 'd', to: 'c' })).toEqual({ code: 'already-siblings', params: { a: 'D', b: 'Sam' } });
    expect(c.relationProblem(doc, tieRel('r3', 'a', 'c'))).toBeNull();
    expect(c.addRelation(doc, tieRel('a', 'a', 'c'))).toBe(doc); // id in use by a person
  });

  it('updateRelation changes fields, refuses a cycle, a kind change, an invalid value', () => {
    const doc = c.addRelation(family(), partnerRel('r3', 'b', 'd'));
    const next = changed(doc, c.updateRelation(doc, { id: 'r3', patch: { status: 'divorced' } }));
    expect(next.relations[2]).toMatchObject({ status: 'divorced' });
    expect(c.updateRelation(doc, { id: 'r3', patch: { status: 'married' } })).toBe(doc);
    expect(c.updateRelation(doc, { id: 'r2', patch: { to: 'a' } })).toBe(doc); // b parent of a: cycle
    expect(c.updateRelation(doc, { id: 'r2', patch: { to: 'b' } })).toBe(doc); // self
    expect(c.updateRelation(doc, { id: 'r3', patch: { kind: 'tie' } as never })).toBe(doc);
    expect(c.updateRelation(doc, { id: 'r3', patch: { status: 'engaged' } as never })).toBe(doc);
    // moving the child end is judged without the relation itself
    expect(changed(doc, c.updateRelation(doc, { id: 'r2', patch: { to: 'd' } })).relations[1]).toMatchObject({ from: 'b', to: 'd' });
  });

  it('removeRelation removes; unknown id is a no-op', () => {
    const doc = family();
    expect(changed(doc, c.removeRelation(doc, { id: 'r1' })).relations.map((r) => r.id)).toEqual(['r2']);
    expect(c.removeRelation(doc, { id: 'zz' })).toBe(doc);
  });
});

describe('needs and offers', () => {
  it('addNeed needs an existing person; removeNeed unlinks it from offers', () => {
    const doc = demo();
    const need = { id: 'n-new', of: 'p-linda', type: 'practical' as const, text: 'Hulp met formulieren' };
    expect(changed(doc, c.addNeed(doc, need)).needs.at(-1)).toEqual(need);
    expect(c.addNeed(doc, { ...need, of: 'nobody' })).toBe(doc);
    expect(c.addNeed(doc, { ...need, id: 'p-sam' })).toBe(doc);
    const next = changed(doc, c.removeNeed(doc, { id: 'n-sam-talk' }));
    expect(next.offers.find((o) => o.id === 'o-ans-talk')?.needIds).toEqual([]);
    expect(next.offers).toHaveLength(doc.offers.length);
    expect(c.removeNeed(doc, { id: 'zz' })).toBe(doc);
  });

  it('updateNeed patches and refuses a dangling owner', () => {
    const doc = demo();
    expect(changed(doc, c.updateNeed(doc, { id: 'n-sam-talk', patch: { category: 'advice' } })).needs[0]?.category).toBe('advice');
    expect(c.updateNeed(doc, { id: 'n-sam-talk', patch: { of: 'nobody' } })).toBe(doc);
    expect(c.updateNeed(doc, { id: 'n-sam-talk', patch: { type: 'social-emotional' } })).toBe(doc);
  });

  it('addOffer/updateOffer link needs that exist, each once; removeOffer', () => {
    const doc = demo();
    const offer = { id: 'o-new', by: 'p-lotte', type: 'social-emotional' as const, text: 'Samen naar de film', needIds: ['n-sam-weekend'] };
    expect(changed(doc, c.addOffer(doc, offer)).offers.at(-1)).toEqual(offer);
    expect(c.addOffer(doc, { ...offer, needIds: ['n-zz'] })).toBe(doc);
    expect(c.addOffer(doc, { ...offer, needIds: ['n-sam-weekend', 'n-sam-weekend'] })).toBe(doc);
    expect(c.addOffer(doc, { ...offer, by: 'nobody' })).toBe(doc);
    const linked = changed(doc, c.updateOffer(doc, { id: 'o-meijer-plan', patch: { needIds: ['n-sam-homework'] } }));
    expect(linked.offers.find((o) => o.id === 'o-meijer-plan')?.needIds).toEqual(['n-sam-homework']);
    expect(c.updateOffer(doc, { id: 'o-ans-talk', patch: { needIds: ['n-sam-talk'] } })).toBe(doc);
    expect(c.updateOffer(doc, { id: 'o-ans-talk', patch: { needIds: ['nope'] } })).toBe(doc);
    expect(changed(doc, c.removeOffer(doc, { id: 'o-ans-talk' })).offers).toHaveLength(doc.offers.length - 1);
    expect(c.removeOffer(doc, { id: 'zz' })).toBe(doc);
  });
});

describe('strengths, topics, consents', () => {
  it('strengths: add, update, remove', () => {
    const doc = demo();
    const s = { id: 's-new', of: 'p-linda', domain: 'health' as const, text: 'Sport twee keer per week' };
    expect(changed(doc, c.addStrength(doc, s)).strengths.at(-1)).toEqual(s);
    expect(c.addStrength(doc, { ...s, of: 'x' })).toBe(doc);
    expect(c.addStrength(doc, { ...s, domain: 'luck' as never })).toBe(doc);
    expect(changed(doc, c.updateStrength(doc, { id: 's-sam-noor', patch: { text: 'Leest Noor voor' } })).strengths[2]?.text).toBe('Leest Noor voor');
    expect(c.updateStrength(doc, { id: 's-sam-noor', patch: { of: 'x' } })).toBe(doc);
    expect(changed(doc, c.removeStrength(doc, { id: 's-sam-noor' })).strengths).toHaveLength(doc.strengths.length - 1);
    expect(c.removeStrength(doc, { id: 'zz' })).toBe(doc);
  });

  it('topics: add, update, remove with their consents', () => {
    const doc = demo();
    expect(changed(doc, c.addTopic(doc, { id: 't-new', label: 'Schulden' })).topics).toHaveLength(3);
    expect(c.addTopic(doc, { id: 't-adhd', label: 'dubbel' })).toBe(doc);
    expect(c.addTopic(doc, { id: 't-new', label: 'x'.repeat(LIMITS.labelLength + 1) })).toBe(doc);
    expect(changed(doc, c.updateTopic(doc, { id: 't-adhd', patch: { label: 'ADHD' } })).topics[0]?.label).toBe('ADHD');
    const next = changed(doc, c.removeTopic(doc, { id: 't-adhd' }));
    expect(next.consents.every((x) => x.topicId !== 't-adhd')).toBe(true);
    expect(next.consents).toHaveLength(2);
    expect(c.removeTopic(doc, { id: 'zz' })).toBe(doc);
  });

  it('setConsent upserts by person and topic; removeConsent', () => {
    const doc = demo();
    const added = changed(doc, c.setConsent(doc, { personId: 'p-lotte', topicId: 't-adhd', decision: 'may-know', how: 'online' }));
    expect(added.consents).toHaveLength(doc.consents.length + 1);
    const updated = changed(doc, c.setConsent(doc, { personId: 'p-daan', topicId: 't-adhd', decision: 'may-know' }));
    expect(updated.consents).toHaveLength(doc.consents.length);
    expect(updated.consents.find((x) => x.personId === 'p-daan')).toEqual({ personId: 'p-daan', topicId: 't-adhd', decision: 'may-know' });
    expect(c.setConsent(doc, { personId: 'p-henk', topicId: 't-adhd', decision: 'undecided' })).toBe(doc);
    expect(c.setConsent(doc, { personId: 'nobody', topicId: 't-adhd', decision: 'may-know' })).toBe(doc);
    expect(c.setConsent(doc, { personId: 'p-henk', topicId: 't-zz', decision: 'may-know' })).toBe(doc);
    expect(c.setConsent(doc, { personId: 'p-henk', topicId: 't-adhd', decision: 'maybe' as never })).toBe(doc);
    expect(changed(doc, c.removeConsent(doc, { personId: 'p-daan', topicId: 't-adhd' })).consents).toHaveLength(doc.consents.length - 1);
    expect(c.removeConsent(doc, { personId: 'p-daan', topicId: 't-money' })).toBe(doc);
  });
});

describe('agreements and meetings', () => {
  it('agreements: everyone named exists, nobody twice, at least one person', () => {
    const doc = demo();
    const a = { id: 'a-new', with: ['p-kees', 'p-sam'], frequency: 'biweekly', channel: 'in-person' as const, content: 'Na de training praten' };
    expect(changed(doc, c.addAgreement(doc, a)).agreements.at(-1)).toEqual(a);
    expect(c.addAgreement(doc, { ...a, with: [] })).toBe(doc);
    expect(c.addAgreement(doc, { ...a, with: ['p-kees', 'p-kees'] })).toBe(doc);
    expect(c.addAgreement(doc, { ...a, with: ['ghost'] })).toBe(doc);
    expect(changed(doc, c.updateAgreement(doc, { id: 'a-oma', patch: { fallback: 'Bellen' } })).agreements[1]?.fallback).toBe('Bellen');
    expect(c.updateAgreement(doc, { id: 'a-oma', patch: { with: [] } })).toBe(doc);
    expect(changed(doc, c.removeAgreement(doc, { id: 'a-oma' })).agreements).toHaveLength(1);
    expect(c.removeAgreement(doc, { id: 'zz' })).toBe(doc);
  });

  it('meetings: add, update (look back), remove', () => {
    const doc = demo();
    const m = { id: 'm-2', date: '2026-11-28', present: ['p-sam', 'p-linda'], notes: 'Tweede keer', lookBack: 'Appgroep loopt goed' };
    expect(changed(doc, c.addMeeting(doc, m)).meetings.at(-1)).toEqual(m);
    expect(c.addMeeting(doc, { ...m, date: 'morgen' })).toBe(doc);
    expect(c.addMeeting(doc, { ...m, present: ['ghost'] })).toBe(doc);
    expect(changed(doc, c.updateMeeting(doc, { id: 'm-first', patch: { notes: 'Aangepast' } })).meetings[0]?.notes).toBe('Aangepast');
    expect(c.updateMeeting(doc, { id: 'm-first', patch: { present: ['p-sam', 'p-sam'] } })).toBe(doc);
    expect(changed(doc, c.removeMeeting(doc, { id: 'm-first' })).meetings).toEqual([]);
    expect(c.removeMeeting(doc, { id: 'zz' })).toBe(doc);
  });
});

describe('steps, layout, case info, snapshots', () => {
  it('setStepStatus / setStepNotes create the step state, keep the other field, no-op when equal', () => {
    const doc = caseWith([]);
    const a = changed(doc, c.setStepStatus(doc, { step: '4', status: 'in-progress' }));
    expect(a.steps['4']).toEqual({ status: 'in-progress' });
    const b = changed(a, c.setStepNotes(a, { step: '4', notes: 'Trots op zijn diploma' }));
    expect(b.steps['4']).toEqual({ status: 'in-progress', notes: 'Trots op zijn diploma' });
    expect(c.setStepNotes(b, { step: '4', notes: 'Trots op zijn diploma' })).toBe(b);
    expect(c.setStepStatus(b, { step: '4', status: 'in-progress' })).toBe(b);
    expect(changed(b, c.setStepNotes(b, { step: '4', notes: '' })).steps['4']).toEqual({ status: 'in-progress' });
    expect(changed(doc, c.setStepNotes(doc, { step: '1', notes: 'x' })).steps['1']).toEqual({ status: 'todo', notes: 'x' });
    expect(c.setStepStatus(doc, { step: '1', status: 'half' as never })).toBe(doc);
    expect(c.setStepNotes(doc, { step: '1', notes: 'x'.repeat(LIMITS.textLength + 1) })).toBe(doc);
  });

  it('setPositions merges, ignores unknown people and non-finite numbers; clearLayout forgets a view', () => {
    const doc = caseWith([person('p1'), person('p2')]);
    const a = changed(doc, c.setPositions(doc, { view: 'genogram', positions: pts({ p1: { x: 10, y: -0 } }) }));
    expect(Object.is(a.layout?.genogram?.p1?.y, 0)).toBe(true);
    const b = changed(a, c.setPositions(a, { view: 'genogram', positions: pts({ p2: { x: 1, y: 2 }, ghost: { x: 0, y: 0 } }) }));
    expect(b.layout?.genogram).toEqual({ p1: { x: 10, y: 0 }, p2: { x: 1, y: 2 } });
    expect(c.setPositions(b, { view: 'genogram', positions: pts({ p2: { x: 1, y: 2 } }) })).toBe(b);
    expect(c.setPositions(b, { view: 'genogram', positions: pts({ p1: { x: Number.NaN, y: 0 } }) })).toBe(b);
    const cleared = changed(b, c.clearLayout(b, { view: 'genogram' }));
    expect(cleared.layout).toEqual({});
    expect(c.clearLayout(cleared, { view: 'genogram' })).toBe(cleared);
    expect(c.clearLayout(doc, { view: 'netwerkkaart' })).toBe(doc);
  });

  it('updateCaseInfo patches the title and the rest, never the id', () => {
    const doc = caseWith([]);
    const next = changed(doc, c.updateCaseInfo(doc, { title: 'Familie J.', professional: 'Fatima' }));
    expect(next.case).toMatchObject({ id: 'c1', title: 'Familie J.', professional: 'Fatima' });
    expect(c.updateCaseInfo(doc, { title: 'Test' })).toBe(doc);
    expect(c.updateCaseInfo(doc, { id: 'c2' } as never)).toBe(doc);
    expect(c.updateCaseInfo(doc, { createdAt: 'gisteren' })).toBe(doc);
  });

  it('takeSnapshot freezes the data; later edits do not change it; removeSnapshot', () => {
    const doc = demo();
    const snap = changed(doc, c.takeSnapshot(doc, { id: 'snap1', takenAt: '2026-11-28T12:00:00Z', label: 'Na eerste gesprek' }));
    expect(snap.snapshots[0]).toMatchObject({ id: 'snap1', label: 'Na eerste gesprek' });
    expect(snap.snapshots[0]?.data.people).toEqual(doc.people);
    expect('layout' in (snap.snapshots[0]?.data ?? {})).toBe(false);
    const edited = c.updatePerson(snap, { id: 'p-sam', patch: { name: 'Samuel' } });
    expect(edited.snapshots[0]?.data.people[0]?.name).toBe('Sam');
    expect(c.takeSnapshot(snap, { id: 'snap1', takenAt: '2026-11-28', label: 'x' })).toBe(snap);
    expect(c.takeSnapshot(snap, { id: 'snap2', takenAt: 'nu', label: 'x' })).toBe(snap);
    expect(changed(snap, c.removeSnapshot(snap, { id: 'snap1' })).snapshots).toEqual([]);
    expect(c.removeSnapshot(snap, { id: 'zz' })).toBe(snap);
  });
});
