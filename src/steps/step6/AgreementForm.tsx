import { useState, type FormEvent } from 'react';
import { addAgreement } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { CHANNELS, FREQUENCIES, type Channel } from '../../graph/schema';
import { channelLabels, frequencyLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { PeopleChecklist } from '../ui/PeopleChecklist';
import { useDoc, useRun } from '../ui/hooks';
import { LabelOptions } from '../ui/LabelOptions';
import { LimitNote } from '../../ui/LimitNote';
import { LIMITS } from '../../graph/schema';

const OTHER = 'other-text';

export function AgreementForm() {
  const doc = useDoc();
  const run = useRun();
  const [withIds, setWith] = useState<string[]>([]);
  const [frequency, setFrequency] = useState<string>('weekly');
  const [customFrequency, setCustomFrequency] = useState('');
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [content, setContent] = useState('');
  const [fallback, setFallback] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const people = doc.people.filter((p) => !p.deceased);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const freq = frequency === OTHER ? customFrequency.trim() : frequency;
    if (withIds.length === 0) return setProblem(t.agreements.needWith);
    if (!content.trim()) return setProblem(t.agreements.needContent);
    setProblem(null);
    const base = { id: newId(ID_PREFIX.agreement), with: withIds, frequency: freq || 'as-needed', channel, content: content.trim() };
    run(addAgreement, fallback.trim() ? { ...base, fallback: fallback.trim() } : base);
    setWith([]);
    setContent('');
    setFallback('');
    setCustomFrequency('');
  };

  return (
    <form className="st-form" onSubmit={submit} aria-label={t.agreements.add}>
      <h4 className="st-form-title">{t.agreements.newHeading}</h4>
      <PeopleChecklist legend={t.agreements.with} people={people} chosen={withIds} onChange={setWith} />
      <label className="st-field">
        <span>{t.agreements.frequency}</span>
        <select value={frequency} onChange={(e) => setFrequency(e.target.value)}>
          <LabelOptions values={FREQUENCIES} labels={frequencyLabels} />
          <option value={OTHER}>{t.agreements.frequencyOther}</option>
        </select>
      </label>
      {frequency === OTHER && (
        <label className="st-field">
          <span>{t.agreements.frequencyOther}</span>
          <input type="text" value={customFrequency} maxLength={LIMITS.labelLength} onChange={(e) => setCustomFrequency(e.target.value)} />
          <LimitNote length={customFrequency.length} max={LIMITS.labelLength} />
        </label>
      )}
      <label className="st-field">
        <span>{t.agreements.channel}</span>
        <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          <LabelOptions values={CHANNELS} labels={channelLabels} />
        </select>
      </label>
      <label className="st-field">
        <span>{t.agreements.content}</span>
        <textarea rows={2} value={content} maxLength={LIMITS.textLength} onChange={(e) => setContent(e.target.value)} />
        <LimitNote length={content.length} max={LIMITS.textLength} />
      </label>
      <label className="st-field">
        <span>{t.agreements.fallback}</span>
        <textarea rows={2} value={fallback} maxLength={LIMITS.textLength} onChange={(e) => setFallback(e.target.value)} />
        <LimitNote length={fallback.length} max={LIMITS.textLength} />
      </label>
      {problem && (
        <p className="st-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">{t.agreements.add}</button>
    </form>
  );
}
