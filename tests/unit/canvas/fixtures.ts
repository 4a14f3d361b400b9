import type { CaseDocument, Person, Relation } from '../../../src/graph/schema';

export function person(id: string, patch: Partial<Person> = {}): Person {
  return { id, name: id.toUpperCase(), gender: 'unknown', sector: 'family', closeness: 2, ...patch };
}

export function docWith(people: Person[], relations: Relation[] = [], layout?: CaseDocument['layout']): CaseDocument {
  return {
    format: 'netwerkkaart',
    version: 1,
    case: { id: 'c1', title: 'Test', createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z' },
    people,
    relations,
    needs: [],
    offers: [],
    strengths: [],
    topics: [],
    consents: [],
    agreements: [],
    meetings: [],
    steps: {},
    snapshots: [],
    ...(layout ? { layout } : {}),
  };
}
