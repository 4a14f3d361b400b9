import { PARENT_TYPES, type CaseDocument, type ParentType } from '../schema';

/**
 * The type of one child line in the genogram (biologisch, adoptie, pleeg, stief): a child of a
 * couple hangs from one line but has a parent relation from each of them, so a change of the
 * line changes them together, as one command and one undo step. Ids that are not parent
 * relations are ignored; nothing to change returns the same document.
 */
export function setParentType(doc: CaseDocument, { relationIds, type }: { relationIds: readonly string[]; type: ParentType }): CaseDocument {
  if (!PARENT_TYPES.includes(type)) return doc;
  const ids = new Set(relationIds);
  let changed = false;
  const relations = doc.relations.map((r) => {
    if (r.kind !== 'parent' || !ids.has(r.id) || r.type === type) return r;
    changed = true;
    return { ...r, type };
  });
  return changed ? { ...doc, relations } : doc;
}
