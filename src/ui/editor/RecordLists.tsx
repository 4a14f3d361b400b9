/** The people and relations of the open case as lists; choosing one opens it in the editor. */
import { useAppStore, useAppStoreApi } from '../../state/react';
import { editor } from '../../i18n/editor';
import { displayName } from './names';
import { describeRelation } from './relationText';

export function PeopleList() {
  const store = useAppStoreApi();
  const people = useAppStore((s) => s.doc.people);
  const selection = useAppStore((s) => s.session.selection);
  const t = editor.people;
  if (people.length === 0) return <p>{t.empty}</p>;
  return (
    <ul className="record-list" aria-label={t.list}>
      {people.map((p) => {
        const current = selection?.kind === 'person' && selection.id === p.id;
        return (
          <li key={p.id}>
            <button
              type="button"
              className="record-button"
              aria-current={current ? 'true' : undefined}
              onClick={() => store.getState().setSession({ selection: { kind: 'person', id: p.id } })}
            >
              <span className="record-name">{displayName(p)}</span>
              {(p.birthYear !== undefined || p.focus) && (
                <span className="record-meta">
                  {[p.birthYear !== undefined ? t.born(p.birthYear) : null, p.focus ? t.focusMark : null].filter(Boolean).join(' · ')}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function RelationList() {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.session.selection);
  const t = editor.relations;
  if (doc.relations.length === 0) return <p>{t.empty}</p>;
  return (
    <ul className="record-list" aria-label={t.list}>
      {doc.relations.map((r) => {
        const current = selection?.kind === 'relation' && selection.id === r.id;
        return (
          <li key={r.id}>
            <button
              type="button"
              className="record-button"
              aria-current={current ? 'true' : undefined}
              onClick={() => store.getState().setSession({ selection: { kind: 'relation', id: r.id } })}
            >
              {describeRelation(doc, r)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
