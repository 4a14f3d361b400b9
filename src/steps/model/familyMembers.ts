/**
 * Who counts as "the family" in steps 2 and 4: the young person(s) the case is about, their
 * parents (any parent type, also when they live elsewhere) and the rest of the household. The
 * method asks needs and strengths of the young person and each parent separately, so each gets
 * their own list.
 */
import type { CaseDocument, Person } from '../../graph/schema';
import { household, parentsOf } from '../../graph/queries';
import { displayName } from '../../i18n/names';

export type FamilyRole = 'focus' | 'parent' | 'household';

export interface FamilyMember {
  person: Person;
  role: FamilyRole;
}

export function familyMembers(doc: CaseDocument): FamilyMember[] {
  const focus = doc.people.filter((p) => p.focus);
  const parentIds = new Set(focus.flatMap((f) => parentsOf(doc, f.id).map((l) => l.id)));
  const result: FamilyMember[] = focus.map((person) => ({ person, role: 'focus' }));
  const seen = new Set(result.map((m) => m.person.id));
  for (const p of doc.people) {
    if (parentIds.has(p.id) && !p.deceased && !seen.has(p.id)) {
      result.push({ person: p, role: 'parent' });
      seen.add(p.id);
    }
  }
  for (const p of household(doc)) {
    if (!p.deceased && !seen.has(p.id)) {
      result.push({ person: p, role: 'household' });
      seen.add(p.id);
    }
  }
  return result;
}

export function personName(doc: CaseDocument, id: string): string {
  return displayName(doc.people.find((p) => p.id === id));
}
