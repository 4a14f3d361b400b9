import { relationSchema, type CaseDocument, type Person, type Relation } from '../schema';
import { childrenIndex, isDescendant } from '../lineage';
import { pairKey, shownName } from '../validate';
import { addTo, applyPatch, fitsSchema, removeFrom, updateIn, type Patch, type UpdateArgs } from './records';

/**
 * Why a relation cannot be in the document; the UI words it (describeRelationProblem in
 * src/i18n/relationProblems.ts). Names are as shown: the name, or the id when it has none.
 */
export type RelationProblem =
  | { code: 'no-such-person'; params: { id: string } }
  | { code: 'self-relation'; params: Record<string, never> }
  | { code: 'already-parent'; params: { parent: string; child: string } }
  | { code: 'already-partners'; params: { a: string; b: string } }
  | { code: 'already-siblings'; params: { a: string; b: string } }
  | { code: 'parent-is-descendant'; params: { parent: string; child: string } };

/**
 * Why this relation cannot be in the document, or null when it can.
 * A relation with the same id as one already there is judged as its replacement (an update).
 */
export function relationProblem(doc: CaseDocument, relation: Relation): RelationProblem | null {
  const people = new Map<string, Person>(doc.people.map((p) => [p.id, p]));
  for (const end of [relation.from, relation.to]) {
    if (!people.has(end)) return { code: 'no-such-person', params: { id: end } };
  }
  if (relation.from === relation.to) return { code: 'self-relation', params: {} };
  const others = doc.relations.filter((r) => r.id !== relation.id);
  const key = pairKey(relation);
  if (key !== null && others.some((r) => r.kind === relation.kind && pairKey(r) === key)) {
    const a = shownName(people, relation.from);
    const b = shownName(people, relation.to);
    if (relation.kind === 'parent') return { code: 'already-parent', params: { parent: a, child: b } };
    if (relation.kind === 'partner') return { code: 'already-partners', params: { a, b } };
    return { code: 'already-siblings', params: { a, b } };
  }
  if (relation.kind === 'parent' && isDescendant(childrenIndex(others), relation.to, relation.from)) {
    return { code: 'parent-is-descendant', params: { parent: shownName(people, relation.from), child: shownName(people, relation.to) } };
  }
  return null;
}

export function addRelation(doc: CaseDocument, relation: Relation): CaseDocument {
  return addTo(doc, 'relations', relation, (r) => fitsSchema(relationSchema, r) && relationProblem(doc, r) === null);
}

/** The patch may not change the kind (a partner cannot become a parent): remove and add instead. */
export function updateRelation(doc: CaseDocument, { id, patch }: UpdateArgs<Relation>): CaseDocument {
  return updateIn(doc, 'relations', id, (r) => {
    const next = applyPatch(r, patch as Patch<Relation>);
    if (next.kind !== r.kind || !fitsSchema(relationSchema, next)) return null;
    return relationProblem(doc, next) === null ? next : null;
  });
}

export function removeRelation(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'relations', id);
}
