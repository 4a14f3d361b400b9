import { LIMITS, consentSchema, type CaseDocument, type Consent } from '../schema';
import { fitsSchema, sameRecord } from './records';

/** Upsert by person + topic: there is at most one decision per person per topic. */
export function setConsent(doc: CaseDocument, consent: Consent): CaseDocument {
  if (!fitsSchema(consentSchema, consent)) return doc;
  if (!doc.people.some((p) => p.id === consent.personId) || !doc.topics.some((t) => t.id === consent.topicId)) return doc;
  const index = doc.consents.findIndex((c) => c.personId === consent.personId && c.topicId === consent.topicId);
  if (index < 0) {
    if (doc.consents.length >= LIMITS.records) return doc;
    return { ...doc, consents: [...doc.consents, consent] };
  }
  if (sameRecord(doc.consents[index] as Consent, consent)) return doc;
  const consents = doc.consents.slice();
  consents[index] = consent;
  return { ...doc, consents };
}

export function removeConsent(doc: CaseDocument, { personId, topicId }: { personId: string; topicId: string }): CaseDocument {
  const consents = doc.consents.filter((c) => !(c.personId === personId && c.topicId === topicId));
  return consents.length === doc.consents.length ? doc : { ...doc, consents };
}
