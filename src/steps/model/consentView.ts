/**
 * Step 5: who may know what. The family decides (regie), per network member and topic.
 * A person without a recorded decision counts as "undecided": nothing is shared by default.
 */
import type { CaseDocument, Consent, ConsentDecision, Person, Topic } from '../../graph/schema';
import { consentFor } from '../../graph/queries';

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
  const decisions = consentFor(doc, topicId);
  return networkMembers(doc).map((person) => ({
    person,
    consent: doc.consents.find((c) => c.personId === person.id && c.topicId === topicId),
    decision: decisions.get(person.id) ?? 'undecided',
  }));
}

export interface ViewerTopics {
  mayKnow: Topic[];
  mayNotKnow: Topic[];
  /** No decision yet: in the preview this counts as not knowing, because nothing is shared by default. */
  undecided: Topic[];
}

/** Every topic of the case, sorted by what the family decided for this one network member. */
export function viewerTopics(doc: CaseDocument, personId: string): ViewerTopics {
  const result: ViewerTopics = { mayKnow: [], mayNotKnow: [], undecided: [] };
  for (const topic of doc.topics) {
    const decision = doc.consents.find((c) => c.personId === personId && c.topicId === topic.id)?.decision;
    if (decision === 'may-know') result.mayKnow.push(topic);
    else if (decision === 'may-not-know') result.mayNotKnow.push(topic);
    else result.undecided.push(topic);
  }
  return result;
}
