import { createCase } from '../../../src/graph/create';
import type { CaseDocument, Person, Relation } from '../../../src/graph/schema';

export function person(id: string, patch: Partial<Person> = {}): Person {
  return { id, name: id.toUpperCase(), gender: 'unknown', sector: 'family', closeness: 2, ...patch };
}

export function docWith(people: Person[], relations: Relation[] = [], layout?: CaseDocument['layout']): CaseDocument {
  const base = createCase({ id: 'c1', title: 'Test', now: new Date('2026-11-28T10:00:00Z') });
  return { ...base, people, relations, ...(layout ? { layout } : {}) };
}

/** Positions from an object literal, for readable tests (the code itself keys them in a Map). */
export function pts(o: Record<string, { x: number; y: number }>): Map<string, { x: number; y: number }> {
  return new Map(Object.entries(o));
}
