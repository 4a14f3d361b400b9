/**
 * "Bekijk als ...": the case as one network member would be allowed to see it. Only the topics
 * they may know are named; the rest is counted, not shown. On the map, what they may not see
 * is dimmed (overlays.ts).
 */
import { t } from '../../i18n/steps';
import { useAppStore } from '../../state/react';
import { visibleTo } from '../../graph/queries';
import { networkMembers } from '../model/consentView';
import { useDoc, useSetSession } from '../ui/hooks';

export function ViewAs() {
  const doc = useDoc();
  const setSession = useSetSession();
  const viewerId = useAppStore((s) => s.session.viewAsPersonId);
  const model = viewerId ? visibleTo(doc, viewerId) : null;
  return (
    <section className="st-section">
      <div className="st-field">
        <label htmlFor="st5-viewas-select">{t.consent.viewAsLabel}</label>
        <select
          id="st5-viewas-select"
          value={model ? model.person.id : ''}
          onChange={(e) => setSession({ viewAsPersonId: e.target.value || null })}
        >
          <option value="">{t.consent.viewAsNone}</option>
          {networkMembers(doc).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || '?'}
            </option>
          ))}
        </select>
      </div>
      {model && (
        <div className="st-preview" role="region" aria-label={t.consent.viewAsHeading(model.person.name || '?')}>
          <p className="st-preview-title">{t.consent.viewAsHeading(model.person.name || '?')}</p>
          {model.topics.length === 0 ? (
            <p>{t.consent.viewAsNothing}</p>
          ) : (
            <>
              <p>{t.consent.viewAsMayKnow}:</p>
              <ul className="st-list">
                {model.topics.map((topic) => (
                  <li key={topic.id}>
                    <span aria-hidden="true">✓</span> {topic.label}
                  </li>
                ))}
              </ul>
            </>
          )}
          {model.hiddenTopicIds.length > 0 && <p className="st-muted">{t.consent.viewAsHidden(model.hiddenTopicIds.length)}</p>}
          <p>{t.consent.viewAsAgreements(model.doc.agreements.length)}</p>
          <p className="st-muted">{t.consent.viewAsHiddenNotes}</p>
          <p className="st-hint">{t.consent.viewAsDimmedHint}</p>
        </div>
      )}
    </section>
  );
}
