/**
 * The coverage panel of step 3: each need with the people whose offers cover it (the domain's
 * needCoverage, grouped by person for display). A need nobody covers is where professional
 * care is still needed, so it is marked `open`.
 */
import type { CaseDocument, Need, Offer, Person } from '../../graph/schema';
import { needCoverage } from '../../graph/queries';

export interface CoverageRow {
  need: Need;
  /** The family member who has this need. */
  of: Person | undefined;
  /** One entry per covering person (a person with two covering offers appears once). */
  coveredBy: { person: Person; offers: Offer[] }[];
  open: boolean;
}

export function coverageRows(doc: CaseDocument): CoverageRow[] {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  return needCoverage(doc).map(({ need, offers }) => {
    const byPerson = new Map<string, Offer[]>();
    for (const offer of offers) byPerson.set(offer.by, [...(byPerson.get(offer.by) ?? []), offer]);
    const coveredBy = [...byPerson].flatMap(([id, list]) => {
      const person = people.get(id);
      return person ? [{ person, offers: list }] : [];
    });
    return { need, of: people.get(need.of), coveredBy, open: coveredBy.length === 0 };
  });
}
