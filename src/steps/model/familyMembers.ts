/**
 * Who counts as "the family" in steps 2 and 4: the young person(s) the case is about, their
 * parents (any parent type) and the rest of the household. The method asks needs and strengths
 * of the young person and each parent separately, so each gets their own list.
 */
import type { CaseDocument, Person } from '../../graph/schema';

export type FamilyRole = 'focus' | 'parent' | 'household';

export interface FamilyMember {
  person: Person;
  role: FamilyRole;
}

export function familyMembers(doc: CaseDocument): FamilyMember[] {
  const focusIds = new Set(doc.people.filter((p) => p.focus).map((p) => p.id));
  const parentIds = new Set(
    doc.relations.filter((r) => r.kind === 'parent' && focusIds.has(r.to)).map((r) => r.from),
  );
  const result: FamilyMember[] = [];
  const add = (role: FamilyRole, keep: (p: Person) => boolean) => {
    for (const p of doc.people) {
      if (keep(p) && !result.some((m) => m.person.id === p.id)) result.push({ person: p, role });
    }
  };
  add('focus', (p) => focusIds.has(p.id));
  add('parent', (p) => parentIds.has(p.id) && !p.deceased);
  add('household', (p) => p.sector === 'household' && !p.deceased);
  return result;
}

export function personName(doc: CaseDocument, id: string): string {
  return doc.people.find((p) => p.id === id)?.name || '?';
}
