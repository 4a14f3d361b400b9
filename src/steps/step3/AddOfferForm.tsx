import { useState, type FormEvent } from 'react';
import type { SupportCategory } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { KindOptions } from '../ui/KindOptions';

export function AddOfferForm({ name, onAdd }: { name: string; onAdd(text: string, category: SupportCategory): void }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<SupportCategory>('practical');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onAdd(trimmed, category);
    setText('');
  };
  return (
    <form className="st-add" onSubmit={submit} aria-label={t.offers.addFor(name)}>
      <label htmlFor="st3-offer-text" className="st-visually-hidden">
        {t.offers.newFor(name)}
      </label>
      <input
        id="st3-offer-text"
        type="text"
        value={text}
        placeholder={t.offers.text}
        onChange={(e) => setText(e.target.value)}
      />
      <label htmlFor="st3-offer-kind" className="st-visually-hidden">
        {t.offers.kindFor(name)}
      </label>
      <select id="st3-offer-kind" value={category} onChange={(e) => setCategory(e.target.value as SupportCategory)}>
        <KindOptions />
      </select>
      <button type="submit">{t.add}</button>
    </form>
  );
}
