import { LIMITS, STEP_STATUSES, type CaseDocument, type StepNumber, type StepState, type StepStatus } from '../schema';

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
