/**
 * Referential and structural checks on a document that already has the right shape (zod did
 * that). Used by parseCase (to refuse a file), by the commands' tests and the property tests
 * (no command sequence may ever produce a problem). Snapshots are checked on their own: a
 * snapshot is a frozen copy, so its records reuse the live ids but must be consistent within.
 */
import type { CaseData, CaseDocument, Person, Relation } from './schema';
import { VIEWS } from './schema';
import { firstCycleClosingRelation } from './lineage';
import { humanPath } from './paths';
import type { Problem, RefKind } from './problems';

const MAX_PROBLEMS = 50;

/**
 * Thrown when enough problems are found: a refused import needs only the first, and stopping
 * there spares a hostile file's remaining (and costliest) checks.
 */
class Enough extends Error {}

/** A list that stops the checks once it holds `limit` problems. */
class Problems extends Array<Problem> {
  limit = MAX_PROBLEMS;
  override push(...items: Problem[]): number {
    const n = super.push(...items);
    if (n >= this.limit) throw new Enough();
    return n;
  }
}

/** All problems of the document (at most `limit`, default 50), in file order; empty means valid. */
export function validate(doc: CaseDocument, limit = MAX_PROBLEMS): Problem[] {
  const problems = new Problems();
  problems.limit = limit;
  try {
    checkDocument(doc, problems);
  } catch (e) {
    if (!(e instanceof Enough)) throw e;
  }
  return Array.from(problems).slice(0, limit);
}

/** The first problem, or null: what parseCase reports. */
export function firstProblem(doc: CaseDocument): Problem | null {
  return validate(doc, 1)[0] ?? null;
}

function checkDocument(doc: CaseDocument, problems: Problem[]): void {
  const seen = new Map<string, string>();
  claimId(seen, doc.case.id, 'case.id', problems);
  checkData(doc, '', seen, problems);
  doc.snapshots.forEach((snap, i) => {
    claimId(seen, snap.id, `snapshots[${i}].id`, problems);
    checkData(snap.data, `snapshots[${i}].data.`, new Map(), problems);
  });
  const personIds = new Set(doc.people.map((p) => p.id));
  for (const view of VIEWS) {
    // Own keys only (Object.keys): a position keyed "constructor" is data, not Object.prototype's.
    for (const key of Object.keys(doc.layout?.[view] ?? {})) {
      if (!personIds.has(key)) problems.push({ code: 'dangling-ref', path: humanPath(['layout', view, key]), params: { kind: 'person', id: key } });
    }
  }
}

function claimId(seen: Map<string, string>, id: string, path: string, problems: Problem[]): void {
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    problems.push({ code: 'duplicate-id', path, params: { id, earlier } });
  } else {
    seen.set(id, path.replace(/\.id$/, ''));
  }
}

const LISTS_WITH_IDS = ['people', 'relations', 'needs', 'offers', 'strengths', 'topics', 'agreements', 'meetings'] as const;

function checkData(data: CaseData, prefix: string, seen: Map<string, string>, problems: Problem[]): void {
  for (const list of LISTS_WITH_IDS) {
    data[list].forEach((record, i) => claimId(seen, record.id, `${prefix}${list}[${i}].id`, problems));
  }
  const people = new Map<string, Person>(data.people.map((p) => [p.id, p]));
  const needIds = new Set(data.needs.map((n) => n.id));
  const topicIds = new Set(data.topics.map((t) => t.id));
  const ref = (ok: boolean, path: string, kind: RefKind, id: string): void => {
    if (!ok) problems.push({ code: 'dangling-ref', path: prefix + path, params: { kind, id } });
  };
  const pairs = new Map<string, number>();
  data.relations.forEach((r, i) => {
    ref(people.has(r.from), `relations[${i}].from`, 'person', r.from);
    ref(people.has(r.to), `relations[${i}].to`, 'person', r.to);
    if (r.from === r.to) {
      problems.push({ code: 'self-relation', path: `${prefix}relations[${i}].to`, params: { person: shownName(people, r.from) } });
    }
    const key = pairKey(r);
    if (key !== null) {
      const earlier = pairs.get(key);
      if (earlier !== undefined) {
        problems.push({ code: 'duplicate-relation', path: `${prefix}relations[${i}]`, params: { earlier } });
      } else pairs.set(key, i);
    }
  });
  const closing = firstCycleClosingRelation(data.relations);
  if (closing >= 0) {
    const r = data.relations[closing] as Relation;
    problems.push({ code: 'parent-cycle', path: `${prefix}relations[${closing}]`, params: { person: shownName(people, r.from) } });
  }
  data.needs.forEach((n, i) => ref(people.has(n.of), `needs[${i}].of`, 'person', n.of));
  data.offers.forEach((o, i) => {
    ref(people.has(o.by), `offers[${i}].by`, 'person', o.by);
    (o.needIds ?? []).forEach((id, j) => ref(needIds.has(id), `offers[${i}].needIds[${j}]`, 'need', id));
  });
  data.strengths.forEach((s, i) => ref(people.has(s.of), `strengths[${i}].of`, 'person', s.of));
  const consentPairs = new Map<string, number>();
  data.consents.forEach((c, i) => {
    ref(people.has(c.personId), `consents[${i}].personId`, 'person', c.personId);
    ref(topicIds.has(c.topicId), `consents[${i}].topicId`, 'topic', c.topicId);
    const key = JSON.stringify([c.personId, c.topicId]);
    const earlier = consentPairs.get(key);
    if (earlier !== undefined) {
      problems.push({ code: 'duplicate-consent', path: `${prefix}consents[${i}]`, params: { earlier } });
    } else consentPairs.set(key, i);
  });
  data.agreements.forEach((a, i) => a.with.forEach((id, j) => ref(people.has(id), `agreements[${i}].with[${j}]`, 'person', id)));
  data.meetings.forEach((m, i) => m.present.forEach((id, j) => ref(people.has(id), `meetings[${i}].present[${j}]`, 'person', id)));
}

/**
 * Which relations may not occur twice: one partner relation per couple (its status says where
 * they stand now), one parent link per parent and child, one explicit sibling link per pair.
 * Ties may repeat (e.g. support both ways described apart).
 */
export function pairKey(r: Relation): string | null {
  switch (r.kind) {
    case 'parent':
      return `parent\u0000${r.from}\u0000${r.to}`;
    case 'partner':
    case 'sibling':
      return r.from < r.to ? `${r.kind}\u0000${r.from}\u0000${r.to}` : `${r.kind}\u0000${r.to}\u0000${r.from}`;
    default:
      return null;
  }
}

/** How a problem names a person: the name, or the id when the name is empty or blank. */
export function shownName(people: ReadonlyMap<string, Person>, id: string): string {
  const name = people.get(id)?.name;
  return name && name.trim() ? name : id;
}
