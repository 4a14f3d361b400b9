import { LIMITS, strengthSchema, type CaseDocument, type Strength } from '../schema';
import { applyPatch, fitsSchema, idInUse, removeFrom, updateIn, type UpdateArgs } from './records';

const fits = (doc: CaseDocument, strength: Strength): boolean =>
  fitsSchema(strengthSchema, strength) && doc.people.some((p) => p.id === strength.of);

export function addStrength(doc: CaseDocument, strength: Strength): CaseDocument {
  if (idInUse(doc, strength.id) || doc.strengths.length >= LIMITS.records || !fits(doc, strength)) return doc;
  return { ...doc, strengths: [...doc.strengths, strength] };
}

export function updateStrength(doc: CaseDocument, { id, patch }: UpdateArgs<Strength>): CaseDocument {
  return updateIn(doc, 'strengths', id, (s) => {
    const next = applyPatch(s, patch);
    return fits(doc, next) ? next : null;
  });
}

export function removeStrength(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'strengths', id);
}
