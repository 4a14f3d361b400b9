import type { CaseDocument, Person } from '../../graph/schema';

export function personById(doc: CaseDocument, id: string): Person | undefined {
  return doc.people.find((p) => p.id === id);
}
