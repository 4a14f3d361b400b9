import type { CaseDocument, Person } from '../schema';

/** The young person the case is about (the first, if several are marked); undefined if none. */
export function focusPerson(doc: Pick<CaseDocument, 'people'>): Person | undefined {
  return doc.people.find((p) => p.focus);
}

/** Who lives with the young person: the focus person(s) and everyone in the household sector. */
export function household(doc: CaseDocument): Person[] {
  return doc.people.filter((p) => p.focus || p.sector === 'household');
}
