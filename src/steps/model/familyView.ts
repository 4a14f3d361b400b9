/**
 * Step 1: the family's view on involving their network. Kept as structured text in
 * `steps["1"].view` (an optional field of the file format, validated on import), next to the
 * free `steps["1"].notes`. Read as a full record with empty strings for absent fields.
 */
import type { CaseDocument } from '../../graph/schema';

export const FAMILY_VIEW_FIELDS = ['hopes', 'worries', 'resistance', 'pros', 'cons'] as const;
export type FamilyViewField = (typeof FAMILY_VIEW_FIELDS)[number];
export type FamilyView = Record<FamilyViewField, string>;

export function readFamilyView(doc: CaseDocument): FamilyView {
  const source = doc.steps['1']?.view ?? {};
  const view = {} as FamilyView;
  for (const f of FAMILY_VIEW_FIELDS) view[f] = source[f] ?? '';
  return view;
}

/** Pure command: set one field of the family's view. Same doc back when nothing changes. */
export function setFamilyView(doc: CaseDocument, args: { field: FamilyViewField; text: string }): CaseDocument {
  const current = readFamilyView(doc);
  if (current[args.field] === args.text) return doc;
  const step = doc.steps['1'] ?? { status: 'todo' as const };
  return {
    ...doc,
    steps: { ...doc.steps, '1': { ...step, view: { ...current, [args.field]: args.text } } },
  };
}
