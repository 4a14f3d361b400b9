/** The compact "add a need / add an offer" form: a text, its kind, and Toevoegen. */
import { useState, type FormEvent } from 'react';
import type { SupportCategory } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { HiddenLabelInput } from './HiddenLabelInput';
import { KindOptions } from './KindOptions';
import { LIMITS } from '../../graph/schema';

interface Props {
  /** Prefix of the two fields' ids. */
  idBase: string;
  formLabel: string;
  textLabel: string;
  placeholder: string;
  kindLabel: string;
  initialKind: SupportCategory;
  onAdd(text: string, category: SupportCategory): void;
}

export function AddSupportForm({ idBase, formLabel, textLabel, placeholder, kindLabel, initialKind, onAdd }: Props) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<SupportCategory>(initialKind);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onAdd(trimmed, category);
    setText('');
  };
  return (
    <form className="st-add" onSubmit={submit} aria-label={formLabel}>
      <HiddenLabelInput id={`${idBase}-text`} label={textLabel} placeholder={placeholder} value={text} onChange={setText} maxLength={LIMITS.textLength} />
      <label htmlFor={`${idBase}-kind`} className="visually-hidden">
        {kindLabel}
      </label>
      <select id={`${idBase}-kind`} value={category} onChange={(e) => setCategory(e.target.value as SupportCategory)}>
        <KindOptions />
      </select>
      <button type="submit">{t.add}</button>
    </form>
  );
}
