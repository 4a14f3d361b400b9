/**
 * The left pane: the six steps of "Stappenplan Jij & je netwerk". The map stays visible beside
 * it; the chosen step (session.step) decides what the map annotates (see overlays.ts).
 */
import type { StepNumber } from '../graph/schema';
import { useAppStore } from '../state/react';
import { StepHeader } from './StepHeader';
import { StepNavigator } from './StepNavigator';
import { StepNotes, StepStatusSelect } from './StepStatusNotes';
import { useDoc, useSetSession } from './ui/hooks';
import { FamilyViewEditor } from './step1/FamilyViewEditor';
import { NeedsEditor } from './step2/NeedsEditor';
import { NetworkStep } from './step3/NetworkStep';
import { StrengthsEditor } from './step4/StrengthsEditor';
import { ConsentStep } from './step5/ConsentStep';
import { ContactStep } from './step6/ContactStep';
import { PreviewBanner } from './step5/PreviewBanner';
import './steps.css';

const editors: Record<StepNumber, () => React.JSX.Element> = {
  '1': FamilyViewEditor,
  '2': NeedsEditor,
  '3': NetworkStep,
  '4': StrengthsEditor,
  '5': ConsentStep,
  '6': ContactStep,
};

export function StepsPane() {
  const step = useAppStore((s) => s.session.step);
  const doc = useDoc();
  const setSession = useSetSession();
  const Editor = editors[step];
  return (
    <div className="st-pane">
      <StepNavigator
        current={step}
        statusOf={(n) => doc.steps[n]?.status ?? 'todo'}
        onSelect={(n) => setSession({ step: n })}
      />
      {step === '5' && <PreviewBanner />}
      <div role="tabpanel" id="st-panel" aria-labelledby={`st-tab-${step}`} className="st-panel" tabIndex={0}>
        <StepHeader key={step} step={step} />
        <StepStatusSelect step={step} />
        <Editor />
        <StepNotes step={step} />
      </div>
    </div>
  );
}

export default StepsPane;
