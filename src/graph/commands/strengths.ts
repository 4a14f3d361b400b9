import { strengthSchema, type CaseDocument, type Strength } from '../schema';
import { addTo, fitsSchema, patchIn, removeFrom, type UpdateArgs } from './records';

const fits = (doc: CaseDocument, strength: Strength): boolean =>
  fitsSchema(strengthSchema, strength) && doc.people.some((p) => p.id === strength.of);

export function addStrength(doc: CaseDocument, strength: Strength): CaseDocument {
  return addTo(doc, 'strengths', strength, (r) => fits(doc, r));
}

export function updateStrength(doc: CaseDocument, args: UpdateArgs<Strength>): CaseDocument {
  return patchIn(doc, 'strengths', args, (r) => fits(doc, r));
}

export function removeStrength(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'strengths', id);
}
