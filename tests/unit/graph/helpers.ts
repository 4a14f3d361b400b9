/** Small builders for graph tests: a valid base case and records with sensible defaults. */
import { createCase } from '../../../src/graph/create';
import type { CaseDocument, Person, Relation } from '../../../src/graph/schema';

export const NOW = new Date('2026-11-28T10:00:00.000Z');

export const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id.toUpperCase(),
  gender: 'unknown',
  sector: 'family',
  closeness: 2,
  ...extra,
});

export const parentRel = (id: string, from: string, to: string, type: 'biological' | 'adoptive' | 'foster' | 'step' = 'biological'): Relation => ({
  id,
  kind: 'parent',
  from,
  to,
  type,
});

export const partnerRel = (id: string, from: string, to: string, status: 'married' | 'divorced' | 'cohabiting' = 'married'): Relation => ({
  id,
  kind: 'partner',
  from,
  to,
  status,
});

export const tieRel = (id: string, from: string, to: string): Relation => ({ id, kind: 'tie', from, to, quality: 'normal', flow: 'both' });

/** An empty case plus the given people and relations (no validation: tests decide). */
export function caseWith(people: Person[], relations: Relation[] = [], more: Partial<CaseDocument> = {}): CaseDocument {
  return { ...createCase({ id: 'c1', title: 'Test', now: NOW }), people, relations, ...more };
}

/** A raw JSON object for parse tests: a small valid file to break one thing in. */
export function rawCase(): Record<string, any> {
  return {
    format: 'netwerkkaart',
    version: 1,
    case: { id: 'c1', title: 'Test', createdAt: '2026-11-28', updatedAt: '2026-11-28' },
    people: [
      { id: 'p1', name: 'Sam', gender: 'male', focus: true, sector: 'household', closeness: 1 },
      { id: 'p2', name: 'Linda', gender: 'female', sector: 'household', closeness: 1 },
      { id: 'p3', name: 'Ans', gender: 'female', sector: 'family', closeness: 2 },
    ],
    relations: [
      { id: 'r1', kind: 'parent', from: 'p2', to: 'p1', type: 'biological' },
      { id: 'r2', kind: 'tie', from: 'p3', to: 'p1', quality: 'strong', flow: 'to' },
    ],
    needs: [{ id: 'n1', of: 'p1', type: 'social-emotional', text: 'Iemand om mee te praten' }],
    offers: [{ id: 'o1', by: 'p3', type: 'social-emotional', text: 'Luistert', needIds: ['n1'] }],
    strengths: [{ id: 's1', of: 'p1', domain: 'leisure', text: 'Voetbal' }],
    topics: [{ id: 't1', label: 'ADHD' }],
    consents: [{ personId: 'p3', topicId: 't1', decision: 'may-know' }],
    agreements: [{ id: 'a1', with: ['p2', 'p3'], frequency: 'weekly', channel: 'phone', content: 'Bellen' }],
    meetings: [{ id: 'm1', date: '2026-11-20', present: ['p1', 'p2'], notes: 'Eerste keer' }],
    steps: { '1': { status: 'done' } },
    layout: { genogram: { p1: { x: 0, y: 0 } } },
    snapshots: [],
  };
}
