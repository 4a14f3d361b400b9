/** The agreements, tagged A1, A2, ... as on the map; each can be changed in place (✎). */
import { removeAgreement } from '../../graph/commands';
import type { Agreement } from '../../graph/schema';
import { channelLabels, frequencyLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { personName } from '../model/familyMembers';
import { EditRemoveButtons, useInPlaceEditor } from '../ui/EditRemoveButtons';
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
  const editor = useInPlaceEditor();
  return (
    <li className="st-agreement">
      <div className="st-item-row">
        <span className="st-tag">{tag}</span>
        <span className="st-item-text">{a.content}</span>
        <EditRemoveButtons
          editLabel={t.agreements.edit(tag)}
          removeLabel={t.agreements.remove(tag)}
          open={editor.open}
          controls={editor.editorId}
          editRef={editor.editButton}
          onEdit={editor.toggle}
          onRemove={() => run(removeAgreement, { id: a.id })}
        />
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
      {editor.open && <AgreementEditor agreement={a} tag={tag} id={editor.editorId} onDone={editor.close} />}
    </li>
  );
}
