import { caseInfoSchema, type CaseDocument, type CaseInfo } from '../schema';
import { applyPatch, fitsSchema, sameRecord, type Patch } from './records';

/** Title, professional, organisation, dates; the case id never changes. */
export function updateCaseInfo(doc: CaseDocument, patch: Patch<CaseInfo>): CaseDocument {
  const next = applyPatch(doc.case, patch);
  if (sameRecord(doc.case, next) || !fitsSchema(caseInfoSchema, next)) return doc;
  return { ...doc, case: next };
}
