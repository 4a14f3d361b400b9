import { LIMITS, offerSchema, type CaseDocument, type Offer } from '../schema';
import { applyPatch, fitsSchema, idInUse, removeFrom, updateIn, type UpdateArgs } from './records';

/** An offer is by a person in the case and may only link needs that exist, each once. */
const fits = (doc: CaseDocument, offer: Offer): boolean => {
  if (!fitsSchema(offerSchema, offer) || !doc.people.some((p) => p.id === offer.by)) return false;
  const ids = offer.needIds ?? [];
  return new Set(ids).size === ids.length && ids.every((id) => doc.needs.some((n) => n.id === id));
};

export function addOffer(doc: CaseDocument, offer: Offer): CaseDocument {
  if (idInUse(doc, offer.id) || doc.offers.length >= LIMITS.records || !fits(doc, offer)) return doc;
  return { ...doc, offers: [...doc.offers, offer] };
}

/** Linking or unlinking needs is an update with a new `needIds` list. */
export function updateOffer(doc: CaseDocument, { id, patch }: UpdateArgs<Offer>): CaseDocument {
  return updateIn(doc, 'offers', id, (o) => {
    const next = applyPatch(o, patch);
    return fits(doc, next) ? next : null;
  });
}

export function removeOffer(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'offers', id);
}
