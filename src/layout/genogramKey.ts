/**
 * A structural key of the genogram: it changes only when the layout can change, so the app
 * can skip re-layout when a name, a note, a need or a tie changes.
 */
import type { CaseDocument } from '../graph/schema';
import { genogramMembership } from './family';

export function genogramLayoutKey(doc: CaseDocument): string {
  // Everything the family model and the block order read: ids (and order, the tie-breaker),
  // gender (man left in a couple), birth year (sibling order), who is in the genogram, and
  // every partner/parent/sibling relation with its status or type. Arrays, not joined
  // strings: ids may contain any character, a comma too.
  const people = doc.people.map((p) => [p.id, p.gender, p.birthYear ?? '', p.focus ? 1 : 0]);
  const relations = doc.relations
    .filter((r) => r.kind !== 'tie')
    .map((r) => [r.kind, r.from, r.to, r.kind === 'partner' ? r.status : r.kind === 'parent' ? r.type : '']);
  return JSON.stringify([genogramMembership(doc).members, people, relations]);
}
