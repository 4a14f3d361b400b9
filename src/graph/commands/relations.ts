import { relationSchema, type CaseDocument, type Person, type Relation } from '../schema';
import { childrenIndex, isDescendant } from '../lineage';
import { nameOf, pairKey } from '../validate';
import { addTo, applyPatch, fitsSchema, removeFrom, updateIn, type Patch, type UpdateArgs } from './records';

/**
 * Why this relation cannot be in the document, in Dutch for the UI, or null when it can.
 * A relation with the same id as one already there is judged as its replacement (an update).
 */
export function relationProblem(doc: CaseDocument, relation: Relation): string | null {
  const people = new Map<string, Person>(doc.people.map((p) => [p.id, p]));
  for (const end of [relation.from, relation.to]) {
    if (!people.has(end)) return `Er is geen persoon met id ${JSON.stringify(end)}.`;
  }
  if (relation.from === relation.to) return 'Een relatie van iemand met zichzelf kan niet.';
  const others = doc.relations.filter((r) => r.id !== relation.id);
  const key = pairKey(relation);
  if (key !== null && others.some((r) => r.kind === relation.kind && pairKey(r) === key)) {
    const a = nameOf(people, relation.from);
    const b = nameOf(people, relation.to);
    if (relation.kind === 'parent') return `${a} staat al als ouder van ${b}.`;
    if (relation.kind === 'partner') return `${a} en ${b} zijn al partners.`;
    return `${a} en ${b} staan al als broers/zussen.`;
  }
  if (relation.kind === 'parent' && isDescendant(childrenIndex(others), relation.to, relation.from)) {
    return `${nameOf(people, relation.from)} is een nakomeling van ${nameOf(people, relation.to)} en kan dus geen ouder zijn.`;
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
