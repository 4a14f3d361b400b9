/**
 * Who the genogram will show, decided the same way as the family model (src/layout/family.ts):
 * anyone with a partner/parent/sibling relation, the focus person, and the household/family
 * sectors. Used only to give a fallback position to someone the worker has not placed yet.
 */
import type { CaseDocument } from '../graph/schema';

export function genogramCandidates(doc: CaseDocument): string[] {
  const related = new Set<string>();
  for (const r of doc.relations) {
    if (r.kind === 'tie') continue;
    related.add(r.from);
    related.add(r.to);
  }
  return doc.people
    .filter((p) => related.has(p.id) || p.focus === true || p.sector === 'household' || p.sector === 'family')
    .map((p) => p.id);
}
