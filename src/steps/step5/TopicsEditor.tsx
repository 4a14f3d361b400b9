/** Add, rename and remove topics; choose the topic whose consent the map shows. */
import { useState, type FormEvent } from 'react';
import { addTopic, removeTopic, updateTopic } from '../../graph/commands';
import { LIMITS } from '../../graph/schema';
import { ID_PREFIX, newId } from '../../graph/ids';
import { t } from '../../i18n/steps';
import { useAppStore } from '../../state/react';
import { CommitText } from '../../ui/CommitText';
import { HiddenLabelInput } from '../ui/HiddenLabelInput';
import { useDoc, useRun, useSetSession } from '../ui/hooks';

export function TopicsEditor() {
  const doc = useDoc();
  const run = useRun();
  const setSession = useSetSession();
  const topicId = useAppStore((s) => s.session.topicId);
  const [label, setLabel] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) return;
    const id = newId(ID_PREFIX.topic);
    run(addTopic, { id, label: trimmed });
    setSession({ topicId: id });
    setLabel('');
  };
  return (
    <section className="st-section" aria-labelledby="st5-topics">
      <h3 id="st5-topics">{t.consent.topicsHeading}</h3>
      <p className="st-hint">{t.consent.topicsHint}</p>
      {doc.topics.length === 0 && <p className="st-empty">{t.consent.noTopics}</p>}
      <ul className="st-list">
        {doc.topics.map((topic) => (
          <li key={topic.id} className="st-item">
            <CommitText
              id={`st5-topic-${topic.id}`}
              maxLength={LIMITS.labelLength}
              ariaOnly
              label={t.consent.renameTopic(topic.label)}
              value={topic.label}
              onCommit={(next) => next.trim() && run(updateTopic, { id: topic.id, patch: { label: next.trim() } })}
            />
            <button
              type="button"
              className="st-remove"
              aria-label={t.consent.removeTopic(topic.label)}
              onClick={() => {
                if (topicId === topic.id) setSession({ topicId: null });
                run(removeTopic, { id: topic.id });
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form className="st-add" onSubmit={submit} aria-label={t.consent.addTopic}>
        <HiddenLabelInput id="st5-new-topic" label={t.consent.newTopic} placeholder={t.consent.newTopic} value={label} onChange={setLabel} maxLength={LIMITS.labelLength} />
        <button type="submit">{t.consent.addTopic}</button>
      </form>
      <div className="st-field">
        <label htmlFor="st5-map-topic">{t.consent.showOnMap}</label>
        <select
          id="st5-map-topic"
          value={topicId ?? ''}
          onChange={(e) => setSession({ topicId: e.target.value || null })}
        >
          <option value="">{t.consent.noTopicOnMap}</option>
          {doc.topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.label}
            </option>
          ))}
        </select>
        {!topicId && doc.topics.length > 0 && <p className="st-hint">{t.consent.chooseTopicHint}</p>}
      </div>
    </section>
  );
}
