/**
 * "What changed for the family" between two moments: which needs became covered and by whom,
 * and how much of the support moved from professionals to the family's own network. The aim of
 * the method is that the informal network takes over so professional care can be scaled down
 * ("zo licht als kan"); these are the first lines of a comparison.
 */
import type { CaseData } from '../schema';
import { coveredNeedIds, type ChangeFacts, type CoveredNeed } from './facts';
import { byId } from './records';

export interface OfferShare {
  professional: number;
  informal: number;
  /** Offers by someone no longer in the case (cannot happen in a valid case; counted apart). */
  unknown: number;
}

export interface FamilySummary {
  needsCovered: CoveredNeed[];
  needsOpened: number;
  offers: { before: OfferShare; after: OfferShare };
  /** Open needs before and after. */
  openNeeds: [number, number];
}

/** A professional is a person in the professional sector; everyone else is the informal network. */
export function offerShare(data: CaseData): OfferShare {
  const people = byId(data.people);
  const share: OfferShare = { professional: 0, informal: 0, unknown: 0 };
  for (const o of data.offers) {
    const by = people.get(o.by);
    if (!by) share.unknown++;
    else if (by.sector === 'professional') share.professional++;
    else share.informal++;
  }
  return share;
}

export function openNeedCount(data: CaseData): number {
  const covered = coveredNeedIds(data);
  return data.needs.filter((n) => !covered.has(n.id)).length;
}

/** The share of offers made by the informal network, 0..1; null when nobody offers anything. */
export function informalShare(s: OfferShare): number | null {
  const total = s.professional + s.informal;
  return total === 0 ? null : s.informal / total;
}

export function familySummary(a: CaseData, b: CaseData, facts: ChangeFacts): FamilySummary {
  return {
    needsCovered: facts.needsCovered,
    needsOpened: facts.needsOpened.length,
    offers: { before: offerShare(a), after: offerShare(b) },
    openNeeds: [openNeedCount(a), openNeedCount(b)],
  };
}
