/**
 * "Bekijk als ...": the case as one network member would be allowed to see it. The professional
 * and family go through it together, so it says in plain words what this person may know, may
 * not know, and what is not decided yet (which counts as not knowing). On the map, only this
 * person's own consent mark shows (overlays.ts). The banner (PreviewBanner) says it is a preview.
 */
import type { Topic } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { useAppStore } from '../../state/react';
import { visibleTo } from '../../graph/queries';
import { networkMembers, viewerTopics } from '../model/consentView';
import { useDoc, useSetSession } from '../ui/hooks';
import { PersonSelect } from '../ui/PersonSelect';
import { displayName } from '../../i18n/names';

export function ViewAs() {
  const doc = useDoc();
  const setSession = useSetSession();
  const viewerId = useAppStore((s) => s.session.viewAsPersonId);
  const model = viewerId ? visibleTo(doc, viewerId) : null;
  const name = model ? displayName(model.person) : '';
  const topics = model ? viewerTopics(doc, model.person.id) : null;
  return (
    <section className="st-section">
      <PersonSelect
        id="st5-viewas-select"
        label={t.consent.viewAsLabel}
        hint={t.consent.viewAsHint}
        noneLabel={t.consent.viewAsNone}
        people={networkMembers(doc)}
        value={model ? model.person.id : ''}
        onChange={(id) => setSession({ viewAsPersonId: id || null })}
      />
      {model && topics && (
        <div className="st-preview" role="region" aria-label={t.consent.viewAsHeading(name)}>
          <p className="st-preview-title">{t.consent.viewAsHeading(name)}</p>
          {doc.topics.length === 0 ? (
            <p>{t.consent.viewAsNoTopics}</p>
          ) : (
            <>
              {topics.mayKnow.length === 0 ? (
                <p>{t.consent.viewAsNothing(name)}</p>
              ) : (
                <TopicList title={t.consent.viewAsMayKnow(name)} icon="✓" topics={topics.mayKnow} />
              )}
              <TopicList title={t.consent.viewAsMayNotKnow(name)} icon="✕" topics={topics.mayNotKnow} />
              <TopicList title={t.consent.viewAsUndecided(name)} icon="?" topics={topics.undecided} />
            </>
          )}
          <p>{t.consent.viewAsAgreements(name, model.doc.agreements.length)}</p>
          {doc.relations.length > model.doc.relations.length && (
            <p>{t.consent.viewAsHiddenTies(name, doc.relations.length - model.doc.relations.length)}</p>
          )}
          <p className="st-muted">{t.consent.viewAsHiddenNotes(name)}</p>
          <p className="st-hint">{t.consent.viewAsMapHint(name)}</p>
        </div>
      )}
    </section>
  );
}

function TopicList({ title, icon, topics }: { title: string; icon: string; topics: Topic[] }) {
  if (topics.length === 0) return null;
  return (
    <>
      <p className="st-preview-subtitle">{title}</p>
      <ul className="st-list st-preview-list" aria-label={title}>
        {topics.map((topic) => (
          <li key={topic.id}>
            <span aria-hidden="true">{icon}</span> {topic.label}
          </li>
        ))}
      </ul>
    </>
  );
}
