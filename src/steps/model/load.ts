/**
 * Who carries many offers (the domain's offerLoad and threshold). Parents often do not want to
 * be a burden to anyone, so the map and the coverage panel warn when one person does a lot.
 */
import type { CaseDocument, Person } from '../../graph/schema';
import { offerLoad, OVERLOAD_THRESHOLD } from '../../graph/queries';

export { offerLoad, OVERLOAD_THRESHOLD };

export interface LoadRow {
  person: Person;
  offers: number;
}

/** People at or over the threshold, most loaded first. */
export function overloadedPeople(doc: CaseDocument): LoadRow[] {
  const load = offerLoad(doc);
  return doc.people
    .map((person) => ({ person, offers: load.get(person.id) ?? 0 }))
    .filter((row) => row.offers >= OVERLOAD_THRESHOLD)
    .sort((a, b) => b.offers - a.offers);
}
