import { agreementSchema, type Agreement, type CaseDocument } from '../schema';
import { addTo, fitsSchema, patchIn, removeFrom, type UpdateArgs } from './records';

/** Everyone named is in the case, each once, and at least one person (the schema says so). */
const fits = (doc: CaseDocument, agreement: Agreement): boolean =>
  fitsSchema(agreementSchema, agreement) &&
  new Set(agreement.with).size === agreement.with.length &&
  agreement.with.every((id) => doc.people.some((p) => p.id === id));

export function addAgreement(doc: CaseDocument, agreement: Agreement): CaseDocument {
  return addTo(doc, 'agreements', agreement, (r) => fits(doc, r));
}

export function updateAgreement(doc: CaseDocument, args: UpdateArgs<Agreement>): CaseDocument {
  return patchIn(doc, 'agreements', args, (r) => fits(doc, r));
}

export function removeAgreement(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'agreements', id);
}
