/** The agreements, tagged A1, A2, ... as on the map. */
import { removeAgreement } from '../../graph/commands';
import { channelLabels, frequencyLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { personName } from '../model/familyMembers';
import { useDoc, useRun } from '../ui/hooks';

export function AgreementList() {
  const doc = useDoc();
  const run = useRun();
  if (doc.agreements.length === 0) return <p className="st-empty">{t.agreements.none}</p>;
  return (
    <ol className="st-agreements" aria-label={t.agreements.heading}>
      {doc.agreements.map((a, i) => {
        const tag = t.agreements.tag(i + 1);
        return (
          <li key={a.id} className="st-agreement">
            <div className="st-item-row">
              <span className="st-tag">{tag}</span>
              <span className="st-item-text">{a.content}</span>
              <button
                type="button"
                className="st-remove"
                aria-label={t.agreements.remove(tag)}
                onClick={() => run(removeAgreement, { id: a.id })}
              >
                ✕
              </button>
            </div>
            <p className="st-muted">
              {a.with.map((id) => personName(doc, id)).join(', ')} · {frequencyLabels[a.frequency] ?? a.frequency} ·{' '}
              {channelLabels[a.channel]}
            </p>
            {a.fallback && (
              <p className="st-fallback">
                <strong>{t.agreements.fallbackShort}:</strong> {a.fallback}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
