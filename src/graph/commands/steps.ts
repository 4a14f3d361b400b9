import { FAMILY_VIEW_FIELDS, LIMITS, STEP_STATUSES, type CaseDocument, type FamilyViewField, type StepNumber, type StepState, type StepStatus } from '../schema';

const FRESH: StepState = { status: 'todo' };

function setStep(doc: CaseDocument, step: StepNumber, change: (s: StepState) => StepState): CaseDocument {
  const before = doc.steps[step];
  const after = change(before ?? FRESH);
  if (before && before.status === after.status && before.notes === after.notes) return doc;
  return { ...doc, steps: { ...doc.steps, [step]: after } };
}

export function setStepStatus(doc: CaseDocument, { step, status }: { step: StepNumber; status: StepStatus }): CaseDocument {
  if (!STEP_STATUSES.includes(status)) return doc;
  return setStep(doc, step, (s) => ({ ...s, status }));
}

/** Empty notes remove the field, so a cleared note leaves no trace in the file. */
export function setStepNotes(doc: CaseDocument, { step, notes }: { step: StepNumber; notes: string }): CaseDocument {
  if (notes.length > LIMITS.textLength) return doc;
  return setStep(doc, step, (s) => {
    const { notes: _old, ...rest } = s;
    return notes === '' ? rest : { ...rest, notes };
  });
}

/**
 * Step 1: one field of the family's view. Only typed fields are stored (an emptied field is
 * removed, and the view with it when nothing is left), and a text over the limit is refused as
 * on import: the app never writes a case it would refuse to read back.
 */
export function setFamilyView(doc: CaseDocument, { field, text }: { field: FamilyViewField; text: string }): CaseDocument {
  if (!FAMILY_VIEW_FIELDS.includes(field) || text.length > LIMITS.textLength) return doc;
  const step = doc.steps['1'];
  const view = step?.view;
  if ((view?.[field] ?? '') === text) return doc;
  const { [field]: _old, ...others } = view ?? {};
  const nextView = text === '' ? others : { ...others, [field]: text };
  const { view: _view, ...rest } = step ?? FRESH;
  const nextStep: StepState = Object.keys(nextView).length === 0 ? rest : { ...rest, view: nextView };
  return { ...doc, steps: { ...doc.steps, '1': nextStep } };
}
