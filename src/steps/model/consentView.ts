/**
 * Step 5: who may know what. The family decides (regie), per network member and topic.
 * A person without a recorded decision counts as "undecided": nothing is shared by default.
 */
import type { CaseDocument, Consent, ConsentDecision, Person } from '../../graph/schema';
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
