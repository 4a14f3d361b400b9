import { useState, type FormEvent } from 'react';
import { addStrength } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { LIFE_DOMAINS, type LifeDomain, type Person } from '../../graph/schema';
import { lifeDomainLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { STRENGTH_KINDS, type StrengthKind } from '../model/strengthKind';
import { useRun } from '../ui/hooks';
import { LabelOptions } from '../ui/LabelOptions';
import { LimitNote } from '../../ui/LimitNote';
import { LIMITS } from '../../graph/schema';
import { displayName } from '../../i18n/names';

export const kindQuestion: Record<StrengthKind, string> = {
  strength: t.strengths.text,
  proud: t.strengths.proud,
  solved: t.strengths.solved,
};

export function AddStrengthForm({ person }: { person: Person }) {
  const run = useRun();
  const [kind, setKind] = useState<StrengthKind>('strength');
  const [domain, setDomain] = useState<LifeDomain>('safety');
  const [text, setText] = useState('');
  const name = displayName(person);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    const base = { id: newId(ID_PREFIX.strength), of: person.id, domain, text: trimmed };
    run(addStrength, kind === 'strength' ? base : { ...base, kind });
    setText('');
  };
  return (
    <form className="st-add st-add-grid" onSubmit={submit} aria-label={t.strengths.addFor(name)}>
      <fieldset className="st-kinds">
        <legend>{t.strengths.question}</legend>
        {STRENGTH_KINDS.map((k) => (
          <label key={k} className="st-check">
            <input type="radio" name={`st4-kind-${person.id}`} checked={kind === k} onChange={() => setKind(k)} />
            <span>{kindQuestion[k]}</span>
          </label>
        ))}
      </fieldset>
      <label>
        <span>{t.strengths.domain}</span>
        <select value={domain} onChange={(e) => setDomain(e.target.value as LifeDomain)}>
          <LabelOptions values={LIFE_DOMAINS} labels={lifeDomainLabels} />
        </select>
      </label>
      <label className="st-wide">
        <span>{t.strengths.answer}</span>
        <input type="text" value={text} maxLength={LIMITS.textLength} onChange={(e) => setText(e.target.value)} />
        <LimitNote length={text.length} max={LIMITS.textLength} />
      </label>
      <button type="submit">{t.add}</button>
    </form>
  );
}
