/**
 * "Wie helpt hierbij?" under a need in the coverage panel: who, what they do, Toevoegen. The
 * method's step-3 conversation goes need by need ("wie kan hier iets in betekenen?"), so the
 * offer is written where the need stands, already linked to it, without choosing the need again
 * or switching the pane's person: three actions an offer. Open for a need nobody covers yet (and
 * it stays open while it is used); a covered need keeps it behind "Nog iemand helpt hierbij".
 */
import { useRef, useState, type FormEvent } from 'react';
import { addOffer } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { LIMITS, type Need, type Person } from '../../graph/schema';
import { supportCategoryOf } from '../../graph/support';
import { t } from '../../i18n/steps';
import { displayName } from '../../i18n/names';
import { DisclosureButton, useDisclosure } from '../ui/Disclosure';
import { HiddenLabelInput } from '../ui/HiddenLabelInput';
import { useRun } from '../ui/hooks';

interface Props {
  need: Need;
  /** Who can be chosen (everyone alive but the one with the need). */
  helpers: Person[];
  open: boolean;
}

export function NeedHelpForm({ need, helpers, open }: Props) {
  const run = useRun();
  const panel = useDisclosure(open);
  const [by, setBy] = useState('');
  const [text, setText] = useState('');
  const whoRef = useRef<HTMLSelectElement>(null);
  const base = `st3-help-${need.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!by) return whoRef.current?.focus();
    if (!trimmed) return;
    run(addOffer, { id: newId(ID_PREFIX.offer), by, type: need.type, category: supportCategoryOf(need), text: trimmed, needIds: [need.id] });
    setText('');
    setBy('');
    // Ready for the next person who helps with this need.
    whoRef.current?.focus();
  };

  return (
    <div className="st-help">
      {!open && (
        <DisclosureButton state={panel} className="st-help-toggle">
          {t.coverage.moreHelp}
          <span className="visually-hidden"> {need.text}</span>
        </DisclosureButton>
      )}
      <form id={panel.panelId} hidden={!panel.open && !open} className="st-add st-help-form" onSubmit={submit} aria-label={t.coverage.helpFormFor(need.text)}>
        <label htmlFor={`${base}-who`} className="visually-hidden">
          {t.coverage.whoHelps(need.text)}
        </label>
        <select id={`${base}-who`} ref={whoRef} value={by} onChange={(e) => setBy(e.target.value)}>
          <option value="">{t.coverage.whoHelpsShort}</option>
          {helpers.map((p) => (
            <option key={p.id} value={p.id}>
              {displayName(p)}
            </option>
          ))}
        </select>
        <HiddenLabelInput id={`${base}-text`} label={t.coverage.whatDoes(need.text)} placeholder={t.coverage.whatDoesShort} value={text} onChange={setText} maxLength={LIMITS.textLength} />
        <button type="submit">{t.add}</button>
      </form>
    </div>
  );
}
