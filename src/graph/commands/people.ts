import { LIMITS, personSchema, type CaseDocument, type Person } from '../schema';
import { addTo, filterKeep, fitsSchema, patchIn, type UpdateArgs } from './records';
import { hasOwnEntry, mapToRecord, recordToMap } from '../idRecord';

/**
 * Adds a person; refused (same doc) for a used id, an invalid record or a full case.
 * Several people may be marked focus (e.g. two siblings the case is about); focusPerson()
 * returns the first.
 */
export function addPerson(doc: CaseDocument, person: Person): CaseDocument {
  return addTo(doc, 'people', person, (r) => fitsSchema(personSchema, r), LIMITS.people);
}

export function updatePerson(doc: CaseDocument, args: UpdateArgs<Person>): CaseDocument {
  return patchIn(doc, 'people', args, (r) => fitsSchema(personSchema, r));
}

/**
 * Removes a person and everything that refers to them, as one undo step: their relations,
 * their needs (and those needs' links from offers), their offers and strengths, their consents,
 * their place in agreements (an agreement left with nobody goes) and meetings, and their manual
 * positions. Snapshots are frozen history and keep the person.
 *
 * Removing the focus person is allowed (a wrong entry must be fixable); the case then has no
 * focus person until the professional marks one. No one is promoted silently: guessing who the
 * case is about would be worse than asking. focusPerson() returns undefined meanwhile.
 */
export function removePerson(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  if (!doc.people.some((p) => p.id === id)) return doc;
  const goneNeeds = new Set(doc.needs.filter((n) => n.of === id).map((n) => n.id));
  const offers = doc.offers
    .filter((o) => o.by !== id)
    .map((o) => (o.needIds?.some((n) => goneNeeds.has(n)) ? { ...o, needIds: o.needIds.filter((n) => !goneNeeds.has(n)) } : o));
  const agreements = doc.agreements
    .map((a) => (a.with.includes(id) ? { ...a, with: a.with.filter((w) => w !== id) } : a))
    .filter((a) => a.with.length > 0);
  const meetings = doc.meetings.map((m) => (m.present.includes(id) ? { ...m, present: m.present.filter((p) => p !== id) } : m));
  return {
    ...doc,
    people: doc.people.filter((p) => p.id !== id),
    relations: filterKeep(doc.relations, (r) => r.from !== id && r.to !== id),
    needs: filterKeep(doc.needs, (n) => n.of !== id),
    offers,
    strengths: filterKeep(doc.strengths, (s) => s.of !== id),
    consents: filterKeep(doc.consents, (c) => c.personId !== id),
    agreements,
    meetings,
    layout: withoutPositions(doc.layout, id),
  };
}

function withoutPositions(layout: CaseDocument['layout'], id: string): CaseDocument['layout'] {
  if (!layout) return layout;
  const next = { ...layout };
  for (const view of ['genogram', 'netwerkkaart'] as const) {
    const positions = layout[view];
    if (positions && hasOwnEntry(positions, id)) {
      const rest = recordToMap(positions);
      rest.delete(id);
      next[view] = mapToRecord(rest);
    }
  }
  return next;
}
