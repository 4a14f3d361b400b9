/**
 * A new meeting. It opens with the previous meeting's notes ("Terugblik op vorige keer"), as
 * the seed advises: keep track of what was discussed and look back on it the next time.
 */
import { useState, type FormEvent } from 'react';
import { addMeeting } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { t } from '../../i18n/steps';
import { previousMeeting } from '../model/meetings';
import { PeopleChecklist } from '../ui/PeopleChecklist';
import { useDoc, useRun } from '../ui/hooks';
import { formatDate } from '../../i18n/formatDate';
import { LimitNote } from '../../ui/LimitNote';
import { LIMITS } from '../../graph/schema';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function MeetingForm() {
  const doc = useDoc();
  const run = useRun();
  const previous = previousMeeting(doc);
  const [date, setDate] = useState(today);
  const [present, setPresent] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [lookBack, setLookBack] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const people = doc.people.filter((p) => !p.deceased);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t.meetings.needDate);
    setProblem(null);
    const base = { id: newId(ID_PREFIX.meeting), date, present, notes: notes.trim() };
    run(addMeeting, lookBack.trim() ? { ...base, lookBack: lookBack.trim() } : base);
    setDate(today());
    setPresent([]);
    setNotes('');
    setLookBack('');
  };

  return (
    <form className="st-form" onSubmit={submit} aria-label={t.meetings.add}>
      <h4 className="st-form-title">{t.meetings.newHeading}</h4>
      <div className="st-lookback" role="region" aria-label={t.meetings.previous}>
        <p className="st-preview-title">{t.meetings.previous}</p>
        {previous ? (
          <>
            <p className="st-muted">{formatDate(previous.date)}</p>
            <p className="st-lookback-notes">{previous.notes || '—'}</p>
          </>
        ) : (
          <p className="st-muted">{t.meetings.noPrevious}</p>
        )}
      </div>
      {previous && (
        <label className="st-field">
          <span>{t.meetings.lookBack}</span>
          <textarea rows={2} value={lookBack} maxLength={LIMITS.textLength} onChange={(e) => setLookBack(e.target.value)} />
          <LimitNote length={lookBack.length} max={LIMITS.textLength} />
        </label>
      )}
      <label className="st-field">
        <span>{t.meetings.date}</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <PeopleChecklist legend={t.meetings.present} people={people} chosen={present} onChange={setPresent} />
      <label className="st-field">
        <span>{t.meetings.notes}</span>
        <textarea rows={3} value={notes} maxLength={LIMITS.textLength} onChange={(e) => setNotes(e.target.value)} />
        <LimitNote length={notes.length} max={LIMITS.textLength} />
      </label>
      {problem && (
        <p className="st-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">{t.meetings.add}</button>
    </form>
  );
}
