/** The people and relations of the open case as lists; choosing one opens it in the editor. */
import type { ReactNode } from 'react';
import { useAppStore, useAppStoreApi } from '../../state/react';
import { editor } from '../../i18n/editor';
import { displayName } from '../../i18n/names';
import { describeRelation } from './relationText';

/** A list entry that selects its record; marked as current while that record is selected. */
function RecordButton({ kind, id, children }: { kind: 'person' | 'relation'; id: string; children: ReactNode }) {
  const store = useAppStoreApi();
  const current = useAppStore((s) => s.session.selection?.kind === kind && s.session.selection.id === id);
  return (
    <button
      type="button"
      className="record-button"
      aria-current={current ? 'true' : undefined}
      onClick={() => store.getState().setSession({ selection: { kind, id } })}
    >
      {children}
    </button>
  );
}

export function PeopleList() {
  const people = useAppStore((s) => s.doc.people);
  const t = editor.people;
  if (people.length === 0) return <p>{t.empty}</p>;
  return (
    <ul className="record-list" aria-label={t.list}>
      {people.map((p) => (
        <li key={p.id}>
          <RecordButton kind="person" id={p.id}>
            <span className="record-name">{displayName(p)}</span>
            {(p.birthYear !== undefined || p.focus) && (
              <span className="record-meta">
                {[p.birthYear !== undefined ? t.born(p.birthYear) : null, p.focus ? t.focusMark : null].filter(Boolean).join(' · ')}
              </span>
            )}
          </RecordButton>
        </li>
      ))}
    </ul>
  );
}

export function RelationList() {
  const doc = useAppStore((s) => s.doc);
  const t = editor.relations;
  if (doc.relations.length === 0) return <p>{t.empty}</p>;
  return (
    <ul className="record-list" aria-label={t.list}>
      {doc.relations.map((r) => (
        <li key={r.id}>
          <RecordButton kind="relation" id={r.id}>
            {describeRelation(doc, r)}
          </RecordButton>
        </li>
      ))}
    </ul>
  );
}
