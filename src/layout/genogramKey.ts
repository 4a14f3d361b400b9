/**
 * A structural key of the genogram: it changes only when the layout can change, so the app
 * can skip re-layout when a name, a note, a need or a tie changes.
 */
import type { CaseDocument } from '../graph/schema';

export function genogramLayoutKey(doc: CaseDocument): string {
  // Everything the family model and the block order read: ids (and order, the tie-breaker),
  // gender (man left in a couple), birth year (sibling order), focus and sector (who is in
  // the genogram), and every partner/parent/sibling relation with its status or type.
  const people = doc.people.map((p) =>
    [p.id, p.gender, p.birthYear ?? '', p.focus ? 1 : 0, p.sector === 'household' || p.sector === 'family' ? 1 : 0].join(','),
  );
  const relations = doc.relations
    .filter((r) => r.kind !== 'tie')
    .map((r) => [r.kind, r.from, r.to, r.kind === 'partner' ? r.status : r.kind === 'parent' ? r.type : ''].join(','));
  return JSON.stringify([people, relations]);
}
