/** "Momentopname maken": a label and a date; in the snapshots dialog and at the end of a meeting (step 6). */
import { useId, useState } from 'react';
import { LIMITS } from '../../graph/schema';
import { snapshotText as t } from '../../i18n/snapshots';
import { useAppStore } from '../../state/react';
import { LimitNote } from '../LimitNote';
import { useWorkspace } from '../workspace';
import { takeSnapshotNow } from './snapshotActions';
import { today } from './momentLabel';

export function TakeSnapshotForm({ initialLabel = '', onTaken }: { initialLabel?: string; onTaken?(): void }) {
  const ws = useWorkspace();
  const readOnly = useAppStore((s) => s.readOnly);
  const [label, setLabel] = useState(initialLabel);
  const [date, setDate] = useState(today());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const submit = async () => {
    if (busy) return;
    const name = label.trim();
    if (!name) return setProblem(t.emptyLabel);
    if (name.length > LIMITS.labelLength) return setProblem(t.tooLong(LIMITS.labelLength));
    setProblem(null);
    setBusy(true);
    try {
      if (await takeSnapshotNow(ws, name, date)) {
        setLabel('');
        onTaken?.();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="snap-take"
      aria-label={t.take}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="snap-hint">{t.takeHint}</p>
      <label htmlFor={`${id}-label`}>{t.label}</label>
      <input id={`${id}-label`} value={label} placeholder={t.labelPlaceholder} maxLength={LIMITS.labelLength} onChange={(e) => setLabel(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} />
      <LimitNote length={label.length} max={LIMITS.labelLength} />
      <label htmlFor={`${id}-date`}>{t.date}</label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      {problem && (
        <p id={`${id}-problem`} className="snap-problem" role="alert">
          {problem}
        </p>
      )}
      {/* While busy the button says so and is aria-disabled, not disabled: a disabled button would
          drop the keyboard focus onto the page. */}
      <button type="submit" className="primary" disabled={readOnly} aria-disabled={busy || undefined} title={readOnly ? t.readOnly : undefined}>
        {busy ? t.taking : t.take}
      </button>
    </form>
  );
}
