/** Step 2 and 3 together: which needs are covered by whom, and who carries too much. */
import type { CaseDocument, Need, Offer } from '../schema';

/** From this many offers on, a person is flagged: parents fear being a burden to others. */
export const OVERLOAD_THRESHOLD = 4;

export interface NeedCoverage {
  need: Need;
  /** The offers that name this need in their needIds, in file order. */
  offers: Offer[];
}

export function needCoverage(doc: CaseDocument): NeedCoverage[] {
  const byNeed = new Map<string, Offer[]>(doc.needs.map((n) => [n.id, []]));
  for (const offer of doc.offers) {
    for (const id of new Set(offer.needIds ?? [])) byNeed.get(id)?.push(offer);
  }
  return doc.needs.map((need) => ({ need, offers: byNeed.get(need.id) ?? [] }));
}

/** Needs nobody covers: where professional care is still needed. */
export function openNeeds(doc: CaseDocument): Need[] {
  return needCoverage(doc)
    .filter((c) => c.offers.length === 0)
    .map((c) => c.need);
}

/** Offers per person (only people with at least one offer appear). */
export function offerLoad(doc: CaseDocument): Map<string, number> {
  const load = new Map<string, number>();
  for (const offer of doc.offers) load.set(offer.by, (load.get(offer.by) ?? 0) + 1);
  return load;
}

export function isOverloaded(doc: CaseDocument, personId: string): boolean {
  return doc.offers.filter((o) => o.by === personId).length >= OVERLOAD_THRESHOLD;
}
