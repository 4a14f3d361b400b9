/** Step 5: who may know which topic, and the case as one network member may see it. */
import type { CaseDocument, ConsentDecision, Person, Relation, StepState, TieQuality, Topic } from '../schema';

/** Every person's decision for the topic; no recorded decision counts as 'undecided'. */
export function consentFor(doc: CaseDocument, topicId: string): Map<string, ConsentDecision> {
  const decisions = new Map<string, ConsentDecision>(doc.people.map((p) => [p.id, 'undecided']));
  for (const c of doc.consents) {
    if (c.topicId === topicId && decisions.has(c.personId)) decisions.set(c.personId, c.decision);
  }
  return decisions;
}

export interface ViewAs {
  person: Person;
  /** Topics the family decided this person may know ('may-know' only; undecided is not yes). */
  topics: Topic[];
  /** Topic ids kept from them. */
  hiddenTopicIds: string[];
  /** The case as this person would be allowed to see it (a valid document, never saved). */
  doc: CaseDocument;
}

/**
 * How two other people get along when it is strained is theirs to tell: a network member is not
 * shown a burdening, conflicted or broken contact between others (their own contacts they know).
 */
const PRIVATE_TIE_QUALITIES: ReadonlySet<TieQuality> = new Set<TieQuality>(['stressful', 'conflict', 'cutoff']);

function tieVisibleTo(r: Relation, personId: string): boolean {
  return r.kind !== 'tie' || r.from === personId || r.to === personId || !PRIVATE_TIE_QUALITIES.has(r.quality);
}

/**
 * "Bekijk als ...": what one network member may see. Redacted: topics they may not (or not yet)
 * know and every consent but their own; other people's contact details and notes; the
 * professional's step notes; agreements they are not part of; meetings they did not attend;
 * strained contacts between others (PRIVATE_TIE_QUALITIES); snapshots. Kept: the people, the
 * family relations, the other contacts, needs, offers and strengths — the shared plan the
 * network is asked to help with.
 */
export function visibleTo(doc: CaseDocument, personId: string): ViewAs | null {
  const person = doc.people.find((p) => p.id === personId);
  if (!person) return null;
  const mayKnow = new Set(
    doc.consents.filter((c) => c.personId === personId && c.decision === 'may-know').map((c) => c.topicId),
  );
  const topics = doc.topics.filter((t) => mayKnow.has(t.id));
  const steps = Object.fromEntries(
    Object.entries(doc.steps).map(([step, state]) => {
      if (!state || typeof state !== 'object') return [step, state];
      const { notes: _notes, ...rest } = state as StepState;
      return [step, rest];
    }),
  ) as CaseDocument['steps'];
  const redacted: CaseDocument = {
    ...doc,
    people: doc.people.map((p) => {
      if (p.id === personId) return p;
      const { contact: _contact, notes: _notes, ...rest } = p;
      return rest;
    }),
    relations: doc.relations.filter((r) => tieVisibleTo(r, personId)),
    topics,
    consents: doc.consents.filter((c) => c.personId === personId && mayKnow.has(c.topicId)),
    agreements: doc.agreements.filter((a) => a.with.includes(personId)),
    meetings: doc.meetings.filter((m) => m.present.includes(personId)),
    steps,
    snapshots: [],
  };
  return {
    person,
    topics,
    hiddenTopicIds: doc.topics.filter((t) => !mayKnow.has(t.id)).map((t) => t.id),
    doc: redacted,
  };
}
