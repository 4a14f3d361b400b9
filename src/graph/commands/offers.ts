import { offerSchema, type CaseDocument, type Offer } from '../schema';
import { addTo, fitsSchema, patchIn, removeFrom, type UpdateArgs } from './records';

/** An offer is by a person in the case and may only link needs that exist, each once. */
const fits = (doc: CaseDocument, offer: Offer): boolean => {
  if (!fitsSchema(offerSchema, offer) || !doc.people.some((p) => p.id === offer.by)) return false;
  const ids = offer.needIds ?? [];
  return new Set(ids).size === ids.length && ids.every((id) => doc.needs.some((n) => n.id === id));
};

export function addOffer(doc: CaseDocument, offer: Offer): CaseDocument {
  return addTo(doc, 'offers', offer, (r) => fits(doc, r));
}

/** Linking or unlinking needs is an update with a new `needIds` list. */
export function updateOffer(doc: CaseDocument, args: UpdateArgs<Offer>): CaseDocument {
  return patchIn(doc, 'offers', args, (r) => fits(doc, r));
}

export function removeOffer(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'offers', id);
}
