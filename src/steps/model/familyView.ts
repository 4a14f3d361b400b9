/**
 * Step 1: the family's view on involving their network. Kept as structured text in
 * `steps["1"].view` (an optional field of the file format, validated on import), next to the
 * free `steps["1"].notes`. Read as a full record with empty strings for absent fields; written
 * with the setFamilyView command.
 */
import { FAMILY_VIEW_FIELDS, type CaseDocument, type FamilyViewField } from '../../graph/schema';

export { FAMILY_VIEW_FIELDS, type FamilyViewField };
export type FamilyView = Record<FamilyViewField, string>;

export function readFamilyView(doc: CaseDocument): FamilyView {
  const source = doc.steps['1']?.view ?? {};
  const view = {} as FamilyView;
  for (const f of FAMILY_VIEW_FIELDS) view[f] = source[f] ?? '';
  return view;
}
