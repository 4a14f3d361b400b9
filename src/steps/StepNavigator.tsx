/**
 * The six steps as tabs. Each tab's accessible name is exactly "Stap n" (tests and the glossary
 * rely on it); the step's name and status are its description. Arrow keys move between tabs
 * (the WAI-ARIA tabs pattern), so the keyboard reaches the step content with one Tab.
 */
import { useRef, type KeyboardEvent } from 'react';
import { STEP_NUMBERS, type StepNumber, type StepStatus } from '../graph/schema';
import { stepStatusLabels } from '../i18n/labels';
import { stepContent, t } from '../i18n/steps';

const statusIcon: Record<StepStatus, string> = { todo: '○', 'in-progress': '◐', done: '✓' };

interface Props {
  current: StepNumber;
  statusOf(step: StepNumber): StepStatus;
  onSelect(step: StepNumber): void;
}

export function StepNavigator({ current, statusOf, onSelect }: Props) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const move = (e: KeyboardEvent, step: StepNumber) => {
    const i = STEP_NUMBERS.indexOf(step);
    const last = STEP_NUMBERS.length - 1;
    const target =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (i === last ? 0 : i + 1)
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (i === 0 ? last : i - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (target === null) return;
    e.preventDefault();
    const next = STEP_NUMBERS[target] as StepNumber;
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t.navLabel} className="st-tabs">
      {STEP_NUMBERS.map((step) => {
        const status = statusOf(step);
        const selected = step === current;
        return (
          <button
            key={step}
            ref={(el) => {
              refs.current[step] = el;
            }}
            type="button"
            role="tab"
            id={`st-tab-${step}`}
            aria-controls="st-panel"
            aria-selected={selected}
            aria-label={t.stepTab(step)}
            aria-describedby={`st-tab-${step}-desc`}
            tabIndex={selected ? 0 : -1}
            className={`st-tab st-status-${status}`}
            onClick={() => onSelect(step)}
            onKeyDown={(e) => move(e, step)}
          >
            <span className="st-tab-number">{t.stepTab(step)}</span>
            <span className="st-tab-name" id={`st-tab-${step}-desc`}>
              {stepContent[step].name}
              <span className="visually-hidden">, {stepStatusLabels[status]}</span>
            </span>
            <span className="st-tab-status" aria-hidden="true" title={stepStatusLabels[status]}>
              {statusIcon[status]}
            </span>
          </button>
        );
      })}
    </div>
  );
}
