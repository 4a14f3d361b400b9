/**
 * Which relations the RelationEditor changes: the selected couple, or the selected child line
 * (all of its parent relations, when the line was chosen on the map), or, right after "Partner
 * toevoegen" / "Kind toevoegen", the relations just made while their new person is selected.
 */
import type { CaseDocument, ParentRelation, Relation } from '../graph/schema';
import type { Selection } from '../state/session';
import type { EditedRelations } from './RelationEditor';

export type { EditedRelations };

export interface LineChoice {
  relationIds: string[];
  /** Asked right after adding; a choice closes it. */
  asking: boolean;
  /** The person just added, while asking. */
  personId?: string;
}

export function editedRelationsOf(doc: CaseDocument, selection: Selection | null, choice: LineChoice | null): (EditedRelations & { asking: boolean }) | null {
  const byId = new Map<string, Relation>(doc.relations.map((r) => [r.id, r]));
  const parents = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((r): r is ParentRelation => r?.kind === 'parent');
  const of = (ids: readonly string[], asking: boolean) => {
    const first = byId.get(ids[0] ?? '');
    if (first?.kind === 'partner') return { kind: 'partner' as const, relation: first, asking };
    const relations = parents(ids);
    return relations.length > 0 ? { kind: 'parent' as const, relations, asking } : null;
  };
  if (selection?.kind === 'relation') {
    return of(choice?.relationIds.includes(selection.id) ? choice.relationIds : [selection.id], false);
  }
  if (selection?.kind === 'person' && choice?.asking && choice.personId === selection.id) return of(choice.relationIds, true);
  return null;
}
