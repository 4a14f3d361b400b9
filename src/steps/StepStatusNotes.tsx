/** Status (todo / in progress / done) and free notes of one step. */
import { STEP_STATUSES, type StepNumber, type StepStatus, LIMITS } from '../graph/schema';
import { setStepNotes, setStepStatus } from '../graph/commands';
import { stepStatusLabels } from '../i18n/labels';
import { t } from '../i18n/steps';
import { CommitText } from '../ui/CommitText';
import { useDoc, useRun } from './ui/hooks';
import { LabelOptions } from './ui/LabelOptions';

export function StepStatusSelect({ step }: { step: StepNumber }) {
  const doc = useDoc();
  const run = useRun();
  const status = doc.steps[step]?.status ?? 'todo';
  return (
    <label className="st-status">
      <span>{t.statusLabel}</span>
      <select value={status} onChange={(e) => run(setStepStatus, { step, status: e.target.value as StepStatus })}>
        <LabelOptions values={STEP_STATUSES} labels={stepStatusLabels} />
      </select>
    </label>
  );
}

export function StepNotes({ step }: { step: StepNumber }) {
  const doc = useDoc();
  const run = useRun();
  const id = `st-notes-${step}`;
  return (
    <div className="st-field st-notes">
      <label htmlFor={id}>{t.notesLabel}</label>
      <CommitText
        maxLength={LIMITS.textLength}
        id={id}
        key={step}
        multiline
        rows={4}
        label={t.notesLabel}
        value={doc.steps[step]?.notes ?? ''}
        onCommit={(notes) => run(setStepNotes, { step, notes })}
      />
    </div>
  );
}
