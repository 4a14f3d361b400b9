/**
 * The facts a professional asks about when comparing two moments, derived from a CaseDiff and
 * the two sides: who moved ring or sector, which ties changed in quality or direction, which
 * needs became covered (and by whom) or open, which consent decisions changed, which agreements
 * were added, changed or ended. Still data: the Dutch sentences are in src/i18n/snapshots.ts.
 */
import type { Agreement, CaseData, Closeness, Consent, Flow, Need, Person, Sector, TieQuality, TieRelation } from '../schema';
import { diffCase, type CaseDiff } from './diffCase';
import { byId } from './records';

export interface Move {
  person: Person;
  ring?: [Closeness, Closeness];
  sector?: [Sector, Sector];
}

export interface TieChange {
  before: TieRelation;
  after: TieRelation;
  quality?: [TieQuality, TieQuality];
  flow?: [Flow, Flow];
}

export interface CoveredNeed {
  need: Need;
  /** The people whose offers cover the need now, in offer order, each once. */
  by: Person[];
}

export interface ConsentChange {
  /** Absent: no decision was recorded on that side. */
  before?: Consent;
  after?: Consent;
}

export interface ChangeFacts {
  diff: CaseDiff;
  joined: Person[];
  left: Person[];
  moved: Move[];
  tiesAdded: TieRelation[];
  tiesRemoved: TieRelation[];
  tiesChanged: TieChange[];
  /** Needs open (or not there) before and covered now. */
  needsCovered: CoveredNeed[];
  /** Needs covered before and open now. */
  needsOpened: Need[];
  consentsChanged: ConsentChange[];
  agreementsAdded: Agreement[];
  agreementsChanged: [Agreement, Agreement][];
  agreementsEnded: Agreement[];
}

const isTie = (r: { kind: string }): r is TieRelation => r.kind === 'tie';

/** The ids of the needs some offer names; an offer naming a need that is gone covers nothing. */
export function coveredNeedIds(data: CaseData): Set<string> {
  const covered = new Set<string>();
  for (const o of data.offers) for (const n of o.needIds ?? []) covered.add(n);
  return covered;
}

function coveringPeople(data: CaseData, needId: string, people: Map<string, Person>): Person[] {
  const out = new Map<string, Person>();
  for (const o of data.offers) {
    if (!o.needIds?.includes(needId)) continue;
    const p = people.get(o.by);
    if (p) out.set(p.id, p);
  }
  return [...out.values()];
}

function moves(diff: CaseDiff): Move[] {
  const out: Move[] = [];
  for (const [was, now] of diff.people.changed) {
    const move: Move = { person: now };
    if (was.closeness !== now.closeness) move.ring = [was.closeness, now.closeness];
    if (was.sector !== now.sector) move.sector = [was.sector, now.sector];
    if (move.ring || move.sector) out.push(move);
  }
  return out;
}

function tieChanges(diff: CaseDiff): TieChange[] {
  const out: TieChange[] = [];
  for (const [was, now] of diff.relations.changed) {
    if (!isTie(was) || !isTie(now)) continue;
    const change: TieChange = { before: was, after: now };
    if (was.quality !== now.quality) change.quality = [was.quality, now.quality];
    if (was.flow !== now.flow) change.flow = [was.flow, now.flow];
    if (change.quality || change.flow) out.push(change);
  }
  return out;
}

function needChanges(a: CaseData, b: CaseData): Pick<ChangeFacts, 'needsCovered' | 'needsOpened'> {
  const before = coveredNeedIds(a);
  const after = coveredNeedIds(b);
  const people = byId(b.people);
  const needsCovered: CoveredNeed[] = [];
  const needsOpened: Need[] = [];
  for (const need of b.needs) {
    const was = before.has(need.id);
    const is = after.has(need.id);
    if (!was && is) needsCovered.push({ need, by: coveringPeople(b, need.id, people) });
    else if (was && !is) needsOpened.push(need);
  }
  return { needsCovered, needsOpened };
}

function consentChanges(diff: CaseDiff): ConsentChange[] {
  return [
    ...diff.consents.added.map((after) => ({ after })),
    ...diff.consents.changed.filter(([x, y]) => x.decision !== y.decision).map(([before, after]) => ({ before, after })),
    ...diff.consents.removed.map((before) => ({ before })),
  ];
}

export function changeFacts(a: CaseData, b: CaseData, diff: CaseDiff = diffCase(a, b)): ChangeFacts {
  return {
    diff,
    joined: diff.people.added,
    left: diff.people.removed,
    moved: moves(diff),
    tiesAdded: diff.relations.added.filter(isTie),
    tiesRemoved: diff.relations.removed.filter(isTie),
    tiesChanged: tieChanges(diff),
    ...needChanges(a, b),
    consentsChanged: consentChanges(diff),
    agreementsAdded: diff.agreements.added,
    agreementsChanged: diff.agreements.changed,
    agreementsEnded: diff.agreements.removed,
  };
}
