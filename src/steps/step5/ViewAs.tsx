/**
 * "Bekijk als ...": the case as one network member would be allowed to see it. Only the topics
 * they may know are named; the rest is counted, not shown. On the map, what they may not see
 * is dimmed (overlays.ts).
 */
import { t } from '../../i18n/steps';
import { useAppStore } from '../../state/react';
import { networkMembers, viewAsModel } from '../model/consentView';
import { useDoc, useSetSession } from '../ui/hooks';

export function ViewAs() {
  const doc = useDoc();
  const setSession = useSetSession();
  const viewerId = useAppStore((s) => s.session.viewAsPersonId);
  const model = viewerId ? viewAsModel(doc, viewerId) : null;
  return (
    <section className="st-section" aria-labelledby="st5-viewas">
      <h3 id="st5-viewas" className="st-visually-hidden">
        {t.consent.viewAsLabel}
      </h3>
      <div className="st-field">
        <label htmlFor="st5-viewas-select">{t.consent.viewAsLabel}</label>
        <select
          id="st5-viewas-select"
          value={model ? model.viewer.id : ''}
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
        <div className="st-preview" role="region" aria-label={t.consent.viewAsHeading(model.viewer.name || '?')}>
          <p className="st-preview-title">{t.consent.viewAsHeading(model.viewer.name || '?')}</p>
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
          {model.hiddenTopics > 0 && <p className="st-muted">{t.consent.viewAsHidden(model.hiddenTopics)}</p>}
          <p className="st-hint">{t.consent.viewAsDimmedHint}</p>
        </div>
      )}
    </section>
  );
}
