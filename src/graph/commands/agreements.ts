import { LIMITS, agreementSchema, type Agreement, type CaseDocument } from '../schema';
import { applyPatch, fitsSchema, idInUse, removeFrom, updateIn, type UpdateArgs } from './records';

/** Everyone named is in the case, each once, and at least one person (the schema says so). */
const fits = (doc: CaseDocument, agreement: Agreement): boolean =>
  fitsSchema(agreementSchema, agreement) &&
  new Set(agreement.with).size === agreement.with.length &&
  agreement.with.every((id) => doc.people.some((p) => p.id === id));

export function addAgreement(doc: CaseDocument, agreement: Agreement): CaseDocument {
  if (idInUse(doc, agreement.id) || doc.agreements.length >= LIMITS.records || !fits(doc, agreement)) return doc;
  return { ...doc, agreements: [...doc.agreements, agreement] };
}

export function updateAgreement(doc: CaseDocument, { id, patch }: UpdateArgs<Agreement>): CaseDocument {
  return updateIn(doc, 'agreements', id, (a) => {
    const next = applyPatch(a, patch);
    return fits(doc, next) ? next : null;
  });
}

export function removeAgreement(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'agreements', id);
}
