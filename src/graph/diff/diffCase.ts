/**
 * diffCase(a, b): what changed in a case between two moments (two snapshots, or a snapshot and
 * now), as data: one RecordDiff per kind of record, keyed by id. The change list, the difference
 * map and the family summary are all derived from this (facts.ts, summary.ts); nothing here
 * knows words or drawing.
 */
import type { Agreement, CaseData, Consent, Meeting, Need, Offer, Person, Relation, StepState, Strength, Topic, StepNumber } from '../schema';
import { STEP_NUMBERS } from '../schema';
import { diffRecords, isEmptyRecordDiff, type RecordDiff } from './records';

export interface StepEntry {
  id: StepNumber;
  state: StepState;
}

export interface CaseDiff {
  people: RecordDiff<Person>;
  relations: RecordDiff<Relation>;
  needs: RecordDiff<Need>;
  offers: RecordDiff<Offer>;
  strengths: RecordDiff<Strength>;
  topics: RecordDiff<Topic>;
  /** Keyed by person and topic together: a consent has no id of its own. */
  consents: RecordDiff<Consent>;
  agreements: RecordDiff<Agreement>;
  meetings: RecordDiff<Meeting>;
  /** Per step number; a step without a state on one side is added or removed. */
  steps: RecordDiff<StepEntry>;
}

export type CaseDiffKind = keyof CaseDiff;

const id = (r: { id: string }) => r.id;
// A NUL cannot be typed into an id field that matters here, so "a\0b" cannot collide with another pair.
export const consentKey = (c: Pick<Consent, 'personId' | 'topicId'>) => `${c.personId}\u0000${c.topicId}`;

function stepEntries(data: CaseData): StepEntry[] {
  const out: StepEntry[] = [];
  for (const n of STEP_NUMBERS) {
    const state = data.steps[n];
    if (state) out.push({ id: n, state });
  }
  return out;
}

export function diffCase(a: CaseData, b: CaseData): CaseDiff {
  return {
    people: diffRecords(a.people, b.people, id),
    relations: diffRecords(a.relations, b.relations, id),
    needs: diffRecords(a.needs, b.needs, id),
    offers: diffRecords(a.offers, b.offers, id),
    strengths: diffRecords(a.strengths, b.strengths, id),
    topics: diffRecords(a.topics, b.topics, id),
    consents: diffRecords(a.consents, b.consents, consentKey),
    agreements: diffRecords(a.agreements, b.agreements, id),
    meetings: diffRecords(a.meetings, b.meetings, id),
    steps: diffRecords(stepEntries(a), stepEntries(b), id),
  };
}

export function isEmptyDiff(d: CaseDiff): boolean {
  return Object.values(d).every((k: RecordDiff<unknown>) => isEmptyRecordDiff(k));
}
