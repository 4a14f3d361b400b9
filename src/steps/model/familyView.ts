/**
 * Step 1: the family's view on involving their network. Kept as structured text in
 * `steps["1"].view` — the file format keeps unknown fields of a step, so this survives import,
 * export and snapshots without a format change — next to the free `steps["1"].notes`.
 * Read defensively: a hand-edited file may hold anything there.
 */
import type { CaseDocument } from '../../graph/schema';

export const FAMILY_VIEW_FIELDS = ['hopes', 'worries', 'resistance', 'pros', 'cons'] as const;
export type FamilyViewField = (typeof FAMILY_VIEW_FIELDS)[number];
export type FamilyView = Record<FamilyViewField, string>;

export function readFamilyView(doc: CaseDocument): FamilyView {
  const raw = (doc.steps['1'] as Record<string, unknown> | undefined)?.view;
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const view = {} as FamilyView;
  for (const f of FAMILY_VIEW_FIELDS) view[f] = typeof source[f] === 'string' ? (source[f] as string) : '';
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
