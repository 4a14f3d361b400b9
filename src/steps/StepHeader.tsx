/**
 * The step's question, large, for the family to read; the tips for the professional behind a
 * disclosure button, so the family sees the question and the professional the tips.
 */
import { useId, useState } from 'react';
import type { StepNumber } from '../graph/schema';
import { stepContent, t } from '../i18n/steps';

export function StepHeader({ step }: { step: StepNumber }) {
  const content = stepContent[step];
  const [open, setOpen] = useState(false);
  const tipsId = useId();
  return (
    <header className="st-header">
      <h2 className="st-step-name">
        {t.stepTab(step)}: {content.name}
      </h2>
      <p className="st-question">
        <span className="st-visually-hidden">{t.questionLabel}: </span>
        {content.question}
      </p>
      <button
        type="button"
        className="st-disclosure"
        aria-expanded={open}
        aria-controls={tipsId}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t.tipsButton}
      </button>
      <div id={tipsId} className="st-tips" hidden={!open}>
        <p>
          <strong>{t.purposeHeading}</strong> {content.purpose}
        </p>
        <ul>
          {content.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </div>
    </header>
  );
}
