/** The agreements, tagged A1, A2, ... as on the map; each can be changed in place (✎). */
import { useId, useRef, useState } from 'react';
import { removeAgreement } from '../../graph/commands';
import type { Agreement } from '../../graph/schema';
import { channelLabels, frequencyLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { personName } from '../model/familyMembers';
import { useDoc, useRun } from '../ui/hooks';
import { AgreementEditor } from './AgreementEditor';

export function AgreementList() {
  const doc = useDoc();
  if (doc.agreements.length === 0) return <p className="st-empty">{t.agreements.none}</p>;
  return (
    <ol className="st-agreements" aria-label={t.agreements.heading}>
      {doc.agreements.map((a, i) => (
        <AgreementItem key={a.id} agreement={a} tag={t.agreements.tag(i + 1)} />
      ))}
    </ol>
  );
}

function AgreementItem({ agreement: a, tag }: { agreement: Agreement; tag: string }) {
  const doc = useDoc();
  const run = useRun();
  const [open, setOpen] = useState(false);
  const editorId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  return (
    <li className="st-agreement">
      <div className="st-item-row">
        <span className="st-tag">{tag}</span>
        <span className="st-item-text">{a.content}</span>
        <button
          ref={editButton}
          type="button"
          className="st-icon-button"
          aria-label={t.agreements.edit(tag)}
          title={t.agreements.edit(tag)}
          aria-expanded={open}
          aria-controls={open ? editorId : undefined}
          onClick={() => setOpen((v) => !v)}
        >
          ✎
        </button>
        <button
          type="button"
          className="st-remove"
          aria-label={t.agreements.remove(tag)}
          title={t.agreements.remove(tag)}
          onClick={() => run(removeAgreement, { id: a.id })}
        >
          ✕
        </button>
      </div>
      <p className="st-muted">
        {t.agreements.withShort}: {a.with.map((id) => personName(doc, id)).join(', ')}
      </p>
      <p className="st-muted">
        {frequencyLabels[a.frequency] ?? a.frequency} · {channelLabels[a.channel]}
      </p>
      {a.fallback && (
        <p className="st-fallback">
          <strong>{t.agreements.fallbackShort}:</strong> {a.fallback}
        </p>
      )}
      {open && <AgreementEditor agreement={a} tag={tag} id={editorId} onDone={() => {
            setOpen(false);
            editButton.current?.focus();
          }} />}
    </li>
  );
}
