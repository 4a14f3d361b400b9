import { LIMITS, needSchema, type CaseDocument, type Need } from '../schema';
import { applyPatch, fitsSchema, idInUse, removeFrom, updateIn, type UpdateArgs } from './records';

const fits = (doc: CaseDocument, need: Need): boolean =>
  fitsSchema(needSchema, need) && doc.people.some((p) => p.id === need.of);

/** Adds a need of a person who is in the case; refused otherwise. */
export function addNeed(doc: CaseDocument, need: Need): CaseDocument {
  if (idInUse(doc, need.id) || doc.needs.length >= LIMITS.records || !fits(doc, need)) return doc;
  return { ...doc, needs: [...doc.needs, need] };
}

export function updateNeed(doc: CaseDocument, { id, patch }: UpdateArgs<Need>): CaseDocument {
  return updateIn(doc, 'needs', id, (n) => {
    const next = applyPatch(n, patch);
    return fits(doc, next) ? next : null;
  });
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
