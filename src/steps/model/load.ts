/**
 * Who carries many offers. Parents often do not want to be a burden to anyone, so the map and
 * the coverage panel warn when one person is asked to do a lot.
 */
import type { CaseDocument, Person } from '../../graph/schema';

/** From this many offers a person is flagged. Kept here until the domain exports its own rule. */
export const OVERLOAD_THRESHOLD = 3;

export interface LoadRow {
  person: Person;
  offers: number;
}

export function offerCounts(doc: CaseDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of doc.offers) counts.set(o.by, (counts.get(o.by) ?? 0) + 1);
  return counts;
}

/** People at or over the threshold, most loaded first. */
export function overloadedPeople(doc: CaseDocument): LoadRow[] {
  const counts = offerCounts(doc);
  return doc.people
    .map((person) => ({ person, offers: counts.get(person.id) ?? 0 }))
    .filter((row) => row.offers >= OVERLOAD_THRESHOLD)
    .sort((a, b) => b.offers - a.offers);
}
