/**
 * Adding an offer, linked to the needs it covers while it is written: the text, a tick at each
 * need it helps with (open needs first, marked "nog niemand", since those are what the
 * conversation is about), the kind (taken from the first ticked need until chosen by hand), and
 * Toevoegen: one command, one undo step. Before, linking took three more actions after adding
 * ("Koppel aan behoeften", then a tick); that way stays for changing an offer later.
 */
import { useRef, useState, type FormEvent } from 'react';
import { LIMITS, type CaseDocument, type SupportCategory } from '../../graph/schema';
import { supportCategoryOf } from '../../graph/support';
import { t } from '../../i18n/steps';
import { displayName } from '../../i18n/names';
import { coverageRows } from '../model/coverage';
import { HiddenLabelInput } from '../ui/HiddenLabelInput';
import { KindOptions } from '../ui/KindOptions';

interface Props {
  doc: CaseDocument;
  personName: string;
  onAdd(text: string, category: SupportCategory, needIds: string[]): void;
}

export function AddOfferForm({ doc, personName, onAdd }: Props) {
  const [text, setText] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [chosenKind, setChosenKind] = useState<SupportCategory | null>(null);
  const textRef = useRef<HTMLInputElement>(null);
  // Open needs first, each group in the order they were written down.
  const rows = coverageRows(doc);
  const needs = [...rows.filter((r) => r.open), ...rows.filter((r) => !r.open)];
  const byId = new Map(rows.map((r) => [r.need.id, r.need]));
  const firstTicked = ticked.map((id) => byId.get(id)).find((n) => n !== undefined);
  const kind: SupportCategory = chosenKind ?? (firstTicked ? supportCategoryOf(firstTicked) : 'practical');

  const toggle = (id: string, on: boolean) => setTicked((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onAdd(trimmed, kind, ticked.filter((id) => byId.has(id)));
    setText('');
    setTicked([]);
    setChosenKind(null);
    // Ready for what this person offers next.
    textRef.current?.focus();
  };

  return (
    <form className="st-add st-add-offer" onSubmit={submit} aria-label={t.offers.addFor(personName)}>
      <HiddenLabelInput inputRef={textRef} id="st3-offer-text" label={t.offers.newFor(personName)} placeholder={t.offers.text} value={text} onChange={setText} maxLength={LIMITS.textLength} />
      {needs.length > 0 && (
        <fieldset className="st-needs-pick">
          <legend>{t.offers.helpsWithLegend}</legend>
          {needs.map(({ need, of, open }) => (
            <label key={need.id} className={`st-check${open ? ' st-check-open' : ''}`}>
              <input type="checkbox" checked={ticked.includes(need.id)} onChange={(e) => toggle(need.id, e.target.checked)} />
              <span>
                {need.text} <span className="st-muted">({displayName(of)}{open ? `, ${t.offers.openNeed}` : ''})</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor="st3-offer-kind" className="visually-hidden">
        {t.offers.kindFor(personName)}
      </label>
      <select id="st3-offer-kind" value={kind} onChange={(e) => setChosenKind(e.target.value as SupportCategory)}>
        <KindOptions />
      </select>
      <button type="submit">{t.add}</button>
    </form>
  );
}
