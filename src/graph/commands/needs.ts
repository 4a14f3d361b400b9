import { needSchema, type CaseDocument, type Need } from '../schema';
import { addTo, fitsSchema, patchIn, removeFrom, type UpdateArgs } from './records';

const fits = (doc: CaseDocument, need: Need): boolean =>
  fitsSchema(needSchema, need) && doc.people.some((p) => p.id === need.of);

/** Adds a need of a person who is in the case; refused otherwise. */
export function addNeed(doc: CaseDocument, need: Need): CaseDocument {
  return addTo(doc, 'needs', need, (r) => fits(doc, r));
}

export function updateNeed(doc: CaseDocument, args: UpdateArgs<Need>): CaseDocument {
  return patchIn(doc, 'needs', args, (r) => fits(doc, r));
}

/** Removes a need and unlinks it from the offers that covered it (the offers stay). */
export function removeNeed(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  const next = removeFrom(doc, 'needs', id);
  if (next === doc) return doc;
  return {
    ...next,
    offers: next.offers.map((o) => (o.needIds?.includes(id) ? { ...o, needIds: o.needIds.filter((n) => n !== id) } : o)),
  };
}
