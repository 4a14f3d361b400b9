/**
 * The step's question, large, for the family to read; the tips for the professional behind a
 * disclosure button, so the family sees the question and the professional the tips.
 */
import type { StepNumber } from '../graph/schema';
import { stepContent, t } from '../i18n/steps';
import { DisclosureButton, useDisclosure } from './ui/Disclosure';

export function StepHeader({ step }: { step: StepNumber }) {
  const content = stepContent[step];
  const tips = useDisclosure();
  return (
    <header className="st-header">
      <h2 className="st-step-name">
        {t.stepTab(step)}: {content.name}
      </h2>
      <p className="st-question">
        <span className="visually-hidden">{t.questionLabel}: </span>
        {content.question}
      </p>
      <DisclosureButton state={tips}>{t.tipsButton}</DisclosureButton>
      <div id={tips.panelId} className="st-tips" hidden={!tips.open}>
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
