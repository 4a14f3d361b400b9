/** Genogram structure read from the relations: parents, children, partners, siblings. */
import type { CaseDocument, ParentType, PartnerStatus } from '../schema';
import { familyIndex, peopleById } from './familyIndex';

export interface ParentLink {
  /** The other person's id (the parent in parentsOf, the child in childrenOf). */
  id: string;
  type: ParentType;
  relationId: string;
}

export interface PartnerLink {
  id: string;
  status: PartnerStatus;
  relationId: string;
}

export type SiblingKind = 'full' | 'half' | 'explicit';

export interface SiblingLink {
  id: string;
  kind: SiblingKind;
}

/** The parents of a child, in file order. */
export function parentsOf(doc: CaseDocument, childId: string): ParentLink[] {
  return (familyIndex(doc.relations).parents.get(childId) ?? []).map((l) => ({ id: l.id, type: l.value, relationId: l.relationId }));
}

/** The children of a parent, in file order. */
export function childrenOf(doc: CaseDocument, parentId: string): ParentLink[] {
  return (familyIndex(doc.relations).children.get(parentId) ?? []).map((l) => ({ id: l.id, type: l.value, relationId: l.relationId }));
}

/** Every partner over time, in file order, each with where the couple stands now. */
export function partnersOf(doc: CaseDocument, personId: string): PartnerLink[] {
  return (familyIndex(doc.relations).partners.get(personId) ?? []).map((l) => ({ id: l.id, status: l.value, relationId: l.relationId }));
}

const ENDED: ReadonlySet<PartnerStatus> = new Set(['divorced', 'separated', 'widowed']);

/** The one current partner of a person, if there is exactly one: a child added to them is the couple's. */
export function currentPartner(doc: CaseDocument, personId: string): string | null {
  const now = partnersOf(doc, personId).filter((l) => !ENDED.has(l.status));
  return now.length === 1 ? now[0]!.id : null;
}

/**
 * Parents that make siblings: birth, adoptive and foster parents. A step-parent link does not
 * (the step-parent's own children are step-siblings, which the genogram shows via the couple).
 */
function siblingParents(doc: CaseDocument, id: string): Set<string> {
  return new Set(parentsOf(doc, id).filter((p) => p.type !== 'step').map((p) => p.id));
}

/**
 * Siblings, oldest first. Full: exactly the same drawn parents. Half: at least one parent in
 * common but not all (a child of Mark and Linda and a child of Mark and Esther). Explicit: a
 * sibling relation, used when the parents are not drawn.
 */
export function siblingsOf(doc: CaseDocument, personId: string): SiblingLink[] {
  const mine = siblingParents(doc, personId);
  const found = new Map<string, SiblingKind>();
  for (const parent of mine) {
    for (const child of childrenOf(doc, parent)) {
      if (child.type === 'step' || child.id === personId || found.has(child.id)) continue;
      const theirs = siblingParents(doc, child.id);
      const same = theirs.size === mine.size && [...mine].every((p) => theirs.has(p));
      found.set(child.id, same ? 'full' : 'half');
    }
  }
  for (const other of familyIndex(doc.relations).siblings.get(personId) ?? []) {
    if (!found.has(other)) found.set(other, 'explicit');
  }
  const people = peopleById(doc.people);
  const order = (id: string): number => people.get(id)?.birthYear ?? Number.POSITIVE_INFINITY;
  return [...found]
    .map(([id, kind]) => ({ id, kind }))
    .sort((a, b) => order(a.id) - order(b.id));
}
