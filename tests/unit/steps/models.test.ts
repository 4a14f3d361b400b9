import { describe, expect, it } from 'vitest';
import { addMeeting, addNeed, addOffer, addStrength, addTopic, setConsent, setStepStatus } from '../../../src/graph/commands';
import { parseCase, serializeCase } from '../../../src/graph/parse';
import type { CaseDocument } from '../../../src/graph/schema';
import { coverageRows } from '../../../src/steps/model/coverage';
import { familyMembers } from '../../../src/steps/model/familyMembers';
import { findingPrompts } from '../../../src/steps/model/familyFinding';
import { readFamilyView } from '../../../src/steps/model/familyView';
import { setFamilyView } from '../../../src/graph/commands';
import { overloadedPeople, OVERLOAD_THRESHOLD } from '../../../src/steps/model/load';
import { meetingsInOrder, previousMeeting } from '../../../src/steps/model/meetings';
import { consentRows, networkMembers } from '../../../src/steps/model/consentView';
import { strengthKind } from '../../../src/steps/model/strengthKind';
import { smallCase } from './fixture';

function withNeedsAndOffers(): CaseDocument {
  let doc = smallCase();
  doc = addNeed(doc, { id: 'n1', of: 'sam', type: 'social-emotional', category: 'emotional', text: 'Praten over school' });
  doc = addNeed(doc, { id: 'n2', of: 'linda', type: 'practical', category: 'practical', text: 'Oppas op woensdag' });
  doc = addNeed(doc, { id: 'n3', of: 'linda', type: 'social-emotional', category: 'advice', text: 'Advies over geld' });
  doc = addOffer(doc, { id: 'o1', by: 'ans', type: 'practical', category: 'practical', text: 'Oppassen', needIds: ['n2'] });
  doc = addOffer(doc, { id: 'o2', by: 'ans', type: 'social-emotional', category: 'emotional', text: 'Luisteren', needIds: ['n1', 'n2'] });
  doc = addOffer(doc, { id: 'o3', by: 'daan', type: 'social-emotional', category: 'company', text: 'Gamen', needIds: ['n1'] });
  return doc;
}

describe('familyMembers', () => {
  it('lists the young person, each parent separately (also one living elsewhere) and the household', () => {
    const members = familyMembers(smallCase());
    expect(members.map((m) => [m.person.id, m.role])).toEqual([
      ['sam', 'focus'],
      ['linda', 'parent'],
      ['mark', 'parent'],
    ]);
  });
});

describe('coverageRows', () => {
  it('gives each need the people who cover it, once per person, and marks uncovered needs open', () => {
    const rows = coverageRows(withNeedsAndOffers());
    const byId = Object.fromEntries(rows.map((r) => [r.need.id, r]));
    expect(byId.n1?.coveredBy.map((c) => c.person.name)).toEqual(['Oma Ans', 'Daan']);
    expect(byId.n2?.coveredBy.map((c) => [c.person.name, c.offers.length])).toEqual([['Oma Ans', 2]]);
    expect(byId.n3?.open).toBe(true);
    expect(byId.n3?.coveredBy).toEqual([]);
    expect(byId.n1?.open).toBe(false);
    expect(byId.n2?.of?.name).toBe('Linda');
  });
});

describe('overloadedPeople', () => {
  it('flags people from the threshold on, most loaded first', () => {
    let doc = withNeedsAndOffers();
    expect(overloadedPeople(doc)).toEqual([]);
    for (let i = 0; i < OVERLOAD_THRESHOLD; i++) {
      doc = addOffer(doc, { id: `x${i}`, by: 'henk', type: 'practical', text: `klus ${i}` });
    }
    expect(overloadedPeople(doc).map((r) => [r.person.id, r.offers])).toEqual([['henk', OVERLOAD_THRESHOLD]]);
  });
});

describe('findingPrompts', () => {
  it('asks about empty sectors and rings, and joins school and sport into one question', () => {
    const prompts = findingPrompts(smallCase());
    expect(prompts).toContainEqual({ kind: 'school-or-sport' });
    expect(prompts).toContainEqual({ kind: 'sector', sector: 'faith' });
    expect(prompts).not.toContainEqual({ kind: 'sector', sector: 'neighbourhood' }); // Henk is there
    expect(prompts).not.toContainEqual({ kind: 'sector', sector: 'school-work' });
    expect(prompts).toContainEqual({ kind: 'ring', ring: 3 });
    expect(prompts).not.toContainEqual({ kind: 'ring', ring: 2 });
  });

  it('asks about school or sport separately once one of them has someone', () => {
    const doc = smallCase();
    doc.people.push({ id: 'kees', name: 'Kees', gender: 'male', sector: 'leisure', closeness: 3 });
    const prompts = findingPrompts(doc);
    expect(prompts).toContainEqual({ kind: 'sector', sector: 'school-work' });
    expect(prompts).not.toContainEqual({ kind: 'school-or-sport' });
    expect(prompts).not.toContainEqual({ kind: 'ring', ring: 3 });
  });
});

describe('family view (step 1)', () => {
  it('stores structured text in steps["1"].view, keeps status and notes, and survives a file round-trip', () => {
    let doc = setStepStatus(smallCase(), { step: '1', status: 'in-progress' });
    doc = setFamilyView(doc, { field: 'resistance', text: 'Niemand tot last willen zijn' });
    doc = setFamilyView(doc, { field: 'hopes', text: 'Meer rust thuis' });
    expect(readFamilyView(doc)).toMatchObject({ resistance: 'Niemand tot last willen zijn', hopes: 'Meer rust thuis', cons: '' });
    expect(doc.steps['1']?.status).toBe('in-progress');
    expect(setFamilyView(doc, { field: 'hopes', text: 'Meer rust thuis' })).toBe(doc);
    const parsed = parseCase(serializeCase(doc));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(readFamilyView(parsed.value).resistance).toBe('Niemand tot last willen zijn');
  });

  it('refuses nonsense in a hand-edited file at import, naming the place', () => {
    const raw = JSON.parse(serializeCase(smallCase()));
    raw.steps = { '1': { status: 'todo', view: { hopes: 42, worries: 'ok' } } };
    const parsed = parseCase(JSON.stringify(raw));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.path).toContain('view.hopes');
  });
});

describe('strength kinds (step 4)', () => {
  it('keeps "proud" and "solved" as an extra field that survives a round-trip', () => {
    let doc = addStrength(smallCase(), { id: 's1', of: 'sam', domain: 'leisure', text: 'Voetbal' });
    doc = addStrength(doc, { id: 's2', of: 'sam', domain: 'friends', text: 'Ruzie bijgelegd', kind: 'solved' } as never);
    const parsed = parseCase(serializeCase(doc));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.strengths.map(strengthKind)).toEqual(['strength', 'solved']);
  });
});

describe('consent view (step 5)', () => {
  it('lists every network member but the young person, with undecided as the default', () => {
    let doc = addTopic(smallCase(), { id: 't1', label: 'Schulden' });
    doc = setConsent(doc, { personId: 'ans', topicId: 't1', decision: 'may-not-know', decidedBy: 'parents' });
    expect(networkMembers(doc).map((p) => p.id)).not.toContain('sam');
    const rows = consentRows(doc, 't1');
    expect(rows.find((r) => r.person.id === 'ans')).toMatchObject({ decision: 'may-not-know', consent: { decidedBy: 'parents' } });
    expect(rows.find((r) => r.person.id === 'henk')).toMatchObject({ decision: 'undecided', consent: undefined });
  });
});

describe('meeting look-back (step 6)', () => {
  it('looks back on the latest meeting by date, not by the order they were typed in', () => {
    let doc = smallCase();
    expect(previousMeeting(doc)).toBeNull();
    doc = addMeeting(doc, { id: 'm2', date: '2026-12-05', present: ['sam'], notes: 'Tweede keer' });
    doc = addMeeting(doc, { id: 'm1', date: '2026-11-28', present: [], notes: 'Eerste keer' });
    expect(previousMeeting(doc)?.notes).toBe('Tweede keer');
    expect(meetingsInOrder(doc).map((m) => m.id)).toEqual(['m1', 'm2']);
    doc = addMeeting(doc, { id: 'm3', date: '2026-12-05', present: [], notes: 'Zelfde dag, later' });
    expect(previousMeeting(doc)?.id).toBe('m3');
  });
});
