/**
 * "Samen kijken": the step's question in large type above the map, said plainly for the family,
 * with what the map shows now, and the previous and next question. No method names, no tips,
 * no forms: the professional's view keeps those (StepHeader).
 */
import { STEP_NUMBERS } from '../graph/schema';
import { familyContent, familyText } from '../i18n/family';
import { useAppStore } from '../state/react';
import { useSetSession } from './ui/hooks';

export function FamilyQuestion() {
  const step = useAppStore((s) => s.session.step);
  const setSession = useSetSession();
  const i = STEP_NUMBERS.indexOf(step);
  const content = familyContent[step];
  const go = (to: number) => setSession({ step: STEP_NUMBERS[to]!, viewAsPersonId: null });
  return (
    <section className="family-question" aria-label={familyText.regionLabel}>
      <p className="family-question__count">{familyText.questionOf(i + 1, STEP_NUMBERS.length)}</p>
      <p className="family-question__text" aria-live="polite">
        {content.question}
      </p>
      {content.onTheMap && <p className="family-question__map">{content.onTheMap}</p>}
      <div className="family-question__nav">
        <button type="button" disabled={i === 0} onClick={() => go(i - 1)}>
          <span aria-hidden="true">◂ </span>
          {familyText.previous}
        </button>
        <button type="button" disabled={i === STEP_NUMBERS.length - 1} onClick={() => go(i + 1)}>
          {familyText.next}
          <span aria-hidden="true"> ▸</span>
        </button>
      </div>
    </section>
  );
}
