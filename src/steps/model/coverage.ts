/**
 * The coverage panel of step 3: each need with the people whose offers cover it. A need that
 * nobody covers is where professional care is still needed, so it is marked `open`.
 */
import type { CaseDocument, Need, Offer, Person } from '../../graph/schema';

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
  return doc.needs.map((need) => {
    const byPerson = new Map<string, Offer[]>();
    for (const offer of doc.offers) {
      if (!offer.needIds?.includes(need.id)) continue;
      const list = byPerson.get(offer.by);
      if (list) list.push(offer);
      else byPerson.set(offer.by, [offer]);
    }
    const coveredBy = [...byPerson]
      .map(([id, offers]) => ({ person: people.get(id), offers }))
      .filter((c): c is { person: Person; offers: Offer[] } => c.person !== undefined);
    return { need, of: people.get(need.of), coveredBy, open: coveredBy.length === 0 };
  });
}
