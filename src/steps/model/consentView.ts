/**
 * Step 5: who may know what. The family decides (regie), per network member and topic.
 * A person without a recorded decision counts as "undecided": nothing is shared by default.
 */
import type { CaseDocument, Consent, ConsentDecision, Person, Topic } from '../../graph/schema';

export interface ConsentRow {
  person: Person;
  consent: Consent | undefined;
  decision: ConsentDecision;
}

/** The people a topic can be shared with: everyone but the young person(s) themselves and the dead. */
export function networkMembers(doc: CaseDocument): Person[] {
  return doc.people.filter((p) => !p.focus && !p.deceased);
}

export function consentRows(doc: CaseDocument, topicId: string): ConsentRow[] {
  return networkMembers(doc).map((person) => {
    const consent = doc.consents.find((c) => c.personId === person.id && c.topicId === topicId);
    return { person, consent, decision: consent?.decision ?? 'undecided' };
  });
}

export function decisionFor(doc: CaseDocument, personId: string, topicId: string): ConsentDecision {
  return doc.consents.find((c) => c.personId === personId && c.topicId === topicId)?.decision ?? 'undecided';
}

export interface ViewAsModel {
  viewer: Person;
  /** Topics the viewer may know. */
  topics: Topic[];
  /** How many topics stay hidden from the viewer (may not know, or not decided yet). */
  hiddenTopics: number;
}

export function viewAsModel(doc: CaseDocument, personId: string): ViewAsModel | null {
  const viewer = doc.people.find((p) => p.id === personId);
  if (!viewer) return null;
  const topics = doc.topics.filter((t) => decisionFor(doc, personId, t.id) === 'may-know');
  return { viewer, topics, hiddenTopics: doc.topics.length - topics.length };
}
