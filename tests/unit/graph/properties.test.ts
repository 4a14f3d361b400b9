/**
 * Property-based tests: whatever sequence of commands a user makes, the document stays valid,
 * and every document the commands can make survives serialize -> parse unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as c from '../../../src/graph/commands';
import { createDemoCase } from '../../../src/graph/demo';
import { parseCase, serializeCase } from '../../../src/graph/parse';
import { describeImportError } from '../../../src/i18n/importErrors';
import {
  CHANNELS,
  CONSENT_DECISIONS,
  FLOWS,
  GENDERS,
  LIFE_DOMAINS,
  PARENT_TYPES,
  PARTNER_STATUSES,
  FAMILY_VIEW_FIELDS,
  LIMITS,
  SECTORS,
  STEP_NUMBERS,
  STEP_STATUSES,
  SUPPORT_TYPES,
  TIE_QUALITIES,
  type CaseDocument,
  type Relation,
} from '../../../src/graph/schema';
import { validate } from '../../../src/graph/validate';
import { NOW, caseWith } from './helpers';
import { BUILTIN_NAMES } from '../builtinIds';
import { canonical } from '../canonical';

const tricky = fc.constantFrom('Şükriye', 'Małgorzata', 'Ngọc', '<img src=x onerror=alert(1)>', '"quotes" & \\back\\slash', '', ' ');
const text = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const pick = fc.nat({ max: 1000 });
const coord = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -1e6, max: 1e6 }), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY));

/** An action refers to records by index (taken modulo the current list), so most actions hit. */
const action = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('addPerson' as const), name: text, gender: fc.constantFrom(...GENDERS), sector: fc.constantFrom(...SECTORS), closeness: fc.constantFrom(1 as const, 2 as const, 3 as const), focus: fc.boolean(), birthYear: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('updatePerson' as const), i: pick, name: text, deceased: fc.option(fc.boolean(), { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('removePerson' as const), i: pick }) },
  { weight: 6, arbitrary: fc.record({ t: fc.constant('addRelation' as const), a: pick, b: pick, kind: fc.constantFrom('partner', 'parent', 'sibling', 'tie'), status: fc.constantFrom(...PARTNER_STATUSES), type: fc.constantFrom(...PARENT_TYPES), quality: fc.constantFrom(...TIE_QUALITIES), flow: fc.constantFrom(...FLOWS) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('updateRelation' as const), i: pick, a: pick, b: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('removeRelation' as const), i: pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('addNeed' as const), i: pick, type: fc.constantFrom(...SUPPORT_TYPES), text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('removeNeed' as const), i: pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('addOffer' as const), i: pick, needs: fc.array(pick, { maxLength: 3 }), type: fc.constantFrom(...SUPPORT_TYPES), text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('updateOffer' as const), i: pick, needs: fc.array(pick, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('removeOffer' as const), i: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('addStrength' as const), i: pick, domain: fc.constantFrom(...LIFE_DOMAINS), text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('addTopic' as const), label: text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('removeTopic' as const), i: pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('setConsent' as const), i: pick, j: pick, decision: fc.constantFrom(...CONSENT_DECISIONS) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('removeConsent' as const), i: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('addAgreement' as const), who: fc.array(pick, { minLength: 1, maxLength: 3 }), channel: fc.constantFrom(...CHANNELS), text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('addMeeting' as const), who: fc.array(pick, { maxLength: 4 }), text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('step' as const), step: fc.constantFrom(...STEP_NUMBERS), status: fc.constantFrom(...STEP_STATUSES), notes: text }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('positions' as const), view: fc.constantFrom('genogram' as const, 'netwerkkaart' as const), i: pick, x: coord, y: coord }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('clearLayout' as const), view: fc.constantFrom('genogram' as const, 'netwerkkaart' as const) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('snapshot' as const), label: text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reuseId' as const), i: pick }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('addRelative' as const), i: pick, kind: fc.constantFrom('partner' as const, 'child' as const, 'parent' as const), name: text }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('drop' as const), i: pick, x: coord, y: coord, sector: fc.constantFrom(...SECTORS), closeness: fc.constantFrom(1 as const, 2 as const, 3 as const) }) },
  // Now and then a text over the limit: the command must refuse it, never write it.
  { weight: 1, arbitrary: fc.record({ t: fc.constant('familyView' as const), field: fc.constantFrom(...FAMILY_VIEW_FIELDS), text: fc.oneof(text, fc.constant('x'.repeat(LIMITS.textLength + 1))) }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function at<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

/** Applies one action; ids come from `next` (see run) so runs are reproducible. */
function apply(doc: CaseDocument, a: Action, next: () => string): CaseDocument {
  const personId = (i: number) => at(doc.people, i)?.id ?? 'nobody';
  switch (a.t) {
    case 'addPerson': {
      const p = { id: next(), name: a.name, gender: a.gender, sector: a.sector, closeness: a.closeness, ...(a.focus ? { focus: true } : {}), ...(a.birthYear ? { birthYear: a.birthYear } : {}) };
      return c.addPerson(doc, p);
    }
    case 'updatePerson':
      return c.updatePerson(doc, { id: personId(a.i), patch: { name: a.name, deceased: a.deceased } });
    case 'removePerson':
      return c.removePerson(doc, { id: personId(a.i) });
    case 'addRelation': {
      const base = { id: next(), from: personId(a.a), to: personId(a.b) };
      const r: Relation =
        a.kind === 'partner' ? { ...base, kind: 'partner', status: a.status }
        : a.kind === 'parent' ? { ...base, kind: 'parent', type: a.type }
        : a.kind === 'sibling' ? { ...base, kind: 'sibling' }
        : { ...base, kind: 'tie', quality: a.quality, flow: a.flow };
      return c.addRelation(doc, r);
    }
    case 'updateRelation':
      return c.updateRelation(doc, { id: at(doc.relations, a.i)?.id ?? 'x', patch: { from: personId(a.a), to: personId(a.b) } });
    case 'removeRelation':
      return c.removeRelation(doc, { id: at(doc.relations, a.i)?.id ?? 'x' });
    case 'addNeed':
      return c.addNeed(doc, { id: next(), of: personId(a.i), type: a.type, text: a.text });
    case 'removeNeed':
      return c.removeNeed(doc, { id: at(doc.needs, a.i)?.id ?? 'x' });
    case 'addOffer':
      return c.addOffer(doc, { id: next(), by: personId(a.i), type: a.type, text: a.text, needIds: [...new Set(a.needs.map((n) => at(doc.needs, n)?.id ?? 'x'))] });
    case 'updateOffer':
      return c.updateOffer(doc, { id: at(doc.offers, a.i)?.id ?? 'x', patch: { needIds: a.needs.map((n) => at(doc.needs, n)?.id ?? 'x') } });
    case 'removeOffer':
      return c.removeOffer(doc, { id: at(doc.offers, a.i)?.id ?? 'x' });
    case 'addStrength':
      return c.addStrength(doc, { id: next(), of: personId(a.i), domain: a.domain, text: a.text });
    case 'addTopic':
      return c.addTopic(doc, { id: next(), label: a.label });
    case 'removeTopic':
      return c.removeTopic(doc, { id: at(doc.topics, a.i)?.id ?? 'x' });
    case 'setConsent':
      return c.setConsent(doc, { personId: personId(a.i), topicId: at(doc.topics, a.j)?.id ?? 'x', decision: a.decision });
    case 'removeConsent': {
      const consent = at(doc.consents, a.i);
      return consent ? c.removeConsent(doc, consent) : doc;
    }
    case 'addAgreement':
      return c.addAgreement(doc, { id: next(), with: [...new Set(a.who.map(personId))], frequency: 'weekly', channel: a.channel, content: a.text });
    case 'addMeeting':
      return c.addMeeting(doc, { id: next(), date: '2026-11-28', present: [...new Set(a.who.map(personId))], notes: a.text });
    case 'step':
      return c.setStepNotes(c.setStepStatus(doc, { step: a.step, status: a.status }), { step: a.step, notes: a.notes });
    case 'positions':
      return c.setPositions(doc, { view: a.view, positions: new Map([[personId(a.i), { x: a.x, y: a.y }]]) });
    case 'clearLayout':
      return c.clearLayout(doc, { view: a.view });
    case 'snapshot':
      return c.takeSnapshot(doc, { id: next(), takenAt: NOW.toISOString(), label: a.label });
    case 'addRelative':
      return c.addRelative(doc, { of: personId(a.i), kind: a.kind, person: { id: next(), name: a.name, gender: 'unknown' }, relationIds: [next(), next()] });
    case 'drop':
      return c.dropOnNetwerkkaart(doc, { positions: new Map([[personId(a.i), { x: a.x, y: a.y }]]), moves: [{ id: personId(a.i), sector: a.sector, closeness: a.closeness }] });
    case 'familyView':
      return c.setFamilyView(doc, { field: a.field, text: a.text });
    case 'reuseId': {
      // Every kind of add must refuse an id that is already used anywhere in the document.
      const id = at([...doc.people, ...doc.relations, ...doc.needs, ...doc.topics], a.i)?.id ?? doc.case.id;
      const tries = [
        c.addPerson(doc, { id, name: 'x', gender: 'unknown', sector: 'other', closeness: 3 }),
        c.addTopic(doc, { id, label: 'x' }),
        c.addNeed(doc, { id, of: personId(0), type: 'practical', text: 'x' }),
      ];
      for (const t of tries) expect(t).toBe(doc);
      return doc;
    }
  }
}

/**
 * New ids: the names every plain object inherits first (a case whose ids are `constructor`,
 * `__proto__`, ... must behave like any other), then a counter.
 */
function idSource(): () => string {
  let n = 0;
  return () => {
    const id = BUILTIN_NAMES[n] ?? `id${n}`;
    n++;
    return id;
  };
}

function run(start: CaseDocument, actions: Action[], check: (doc: CaseDocument) => void): void {
  const next = idSource();
  let doc = start;
  for (const a of actions) {
    const before = doc;
    const frozen = JSON.stringify(before);
    doc = apply(doc, a, next);
    expect(JSON.stringify(before)).toBe(frozen); // commands never mutate their input
    check(doc);
  }
}

/** Long sequences: fast-check's default size would give mostly a handful of actions. */
const actions = (min: number, max: number) => fc.array(action, { minLength: min, maxLength: max, size: 'max' });

/** A few people to start with, so early actions have someone to refer to. */
const seeded = (): CaseDocument =>
  ['a', 'hasOwnProperty', 'c', 'valueOf', 'e', 'f'].reduce((d, id, i) => c.addPerson(d, { id, name: id, gender: 'unknown', sector: SECTORS[i] ?? 'other', closeness: 2 }), caseWith([]));

// Generous timeouts: the machine is shared, and a failing run spends time shrinking.
const SLOW = 60_000;

describe('property: random command sequences', () => {
  it('never produce a document that fails validate()', () => {
    fc.assert(
      fc.property(actions(20, 80), (list) => {
        run(seeded(), list, (doc) => expect(validate(doc)).toEqual([]));
      }),
      { numRuns: 100 },
    );
  }, SLOW);

  it('from an empty case, too', () => {
    fc.assert(
      fc.property(actions(0, 40), (list) => {
        run(caseWith([]), list, (doc) => expect(validate(doc)).toEqual([]));
      }),
      { numRuns: 50 },
    );
  }, SLOW);

  it('starting from the demo case, keep it valid too', () => {
    fc.assert(
      fc.property(actions(10, 50), (list) => {
        run(createDemoCase(NOW), list, (doc) => expect(validate(doc)).toEqual([]));
      }),
      { numRuns: 80 },
    );
  }, SLOW);

  it('only produce documents that serialize -> parse to an equal document', () => {
    fc.assert(
      fc.property(actions(10, 60), (list) => {
        let last = seeded();
        run(seeded(), list, (doc) => (last = doc));
        const parsed = parseCase(serializeCase(last));
        expect(parsed.ok ? 'ok' : describeImportError(parsed.error)).toBe('ok');
        if (parsed.ok) expect(canonical(parsed.value)).toBe(canonical(JSON.parse(JSON.stringify(last))));
        // (Key order may differ: zod writes fields in schema order. Content may not.)
      }),
      { numRuns: 100 },
    );
  }, SLOW);

  it('round-trip any valid names and texts unchanged, including unicode and HTML-looking text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 10 }), (names) => {
        const doc = names.reduce((d, name, i) => c.addPerson(d, { id: `p${i}`, name, gender: 'unknown', sector: 'friends', closeness: 2 }), caseWith([]));
        const parsed = parseCase(serializeCase(doc));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value.people.map((p) => p.name)).toEqual(names);
      }),
    );
  });
});
