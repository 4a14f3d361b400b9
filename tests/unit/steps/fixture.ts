/** A small case for the steps' unit tests: Sam (focus), mother Linda (household), father Mark, and a network. */
import { createCase } from '../../../src/graph/create';
import type { CaseDocument, Person } from '../../../src/graph/schema';

const p = (id: string, name: string, sector: Person['sector'], extra: Partial<Person> = {}): Person => ({
  id,
  name,
  gender: 'unknown',
  sector,
  closeness: 2,
  ...extra,
});

export function smallCase(): CaseDocument {
  const doc = createCase({ id: 'c1', title: 'Test', now: new Date('2026-11-28T10:00:00Z') });
  return {
    ...doc,
    people: [
      p('sam', 'Sam', 'household', { focus: true, closeness: 1 }),
      p('linda', 'Linda', 'household', { closeness: 1, namedBy: ['youth', 'parents'] }),
      p('mark', 'Mark', 'family', { namedBy: ['parents'] }),
      p('ans', 'Oma Ans', 'family', { closeness: 1, namedBy: ['youth'] }),
      p('henk', 'Buurman Henk', 'neighbourhood', { namedBy: ['parents'] }),
      p('daan', 'Daan', 'friends', { closeness: 1 }),
    ],
    relations: [
      { id: 'r1', kind: 'parent', from: 'linda', to: 'sam', type: 'biological' },
      { id: 'r2', kind: 'parent', from: 'mark', to: 'sam', type: 'biological' },
    ],
  };
}
