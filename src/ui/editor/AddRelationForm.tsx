/** Adds a relation between two people; the reason is shown when the domain would refuse it. */
import { useRef, useState } from 'react';
import { addRelation, relationProblem } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import type { Relation, RelationKind } from '../../graph/schema';
import { relationKindLabels } from '../../i18n/labels';
import { editor } from '../../i18n/editor';
import { describeRelationProblem } from '../../i18n/relationProblems';
import { useAppStore } from '../../state/react';
import { useWorkspace } from '../workspace';
import { SelectField } from './fields';
import { addAndSelect } from './recordActions';
import { RelationFields } from './RelationFields';

const t = editor.relations;
const KINDS = ['partner', 'parent', 'sibling', 'tie'] as const satisfies readonly RelationKind[];
/** Not in the document yet; relationProblem judges a relation with an unknown id as a new one. */
const DRAFT_ID = '__draft__';

function draftOf(kind: RelationKind, from: string, to: string): Relation {
  switch (kind) {
    case 'partner':
      return { id: DRAFT_ID, kind, from, to, status: 'married' };
    case 'parent':
      return { id: DRAFT_ID, kind, from, to, type: 'biological' };
    case 'sibling':
      return { id: DRAFT_ID, kind, from, to };
    case 'tie':
      return { id: DRAFT_ID, kind, from, to, quality: 'normal', flow: 'both' };
  }
}

export function AddRelationForm() {
  const ws = useWorkspace();
  const doc = useAppStore((s) => s.doc);
  const [draft, setDraft] = useState<Relation>(() => draftOf('tie', '', ''));
  const form = useRef<HTMLFormElement>(null);
  const complete = draft.from !== '' && draft.to !== '';
  const problem = complete ? relationProblem(doc, draft) : null;

  if (doc.people.length < 2) {
    return (
      <section className="record-form add-form" aria-label={t.add}>
        <h4>{t.add}</h4>
        <p>{t.needTwo}</p>
      </section>
    );
  }

  return (
    <form
      ref={form}
      className="record-form add-form"
      aria-label={t.add}
      onSubmit={(event) => {
        event.preventDefault();
        if (!complete || problem) return;
        if (addAndSelect(ws, addRelation, { ...draft, id: newId(ID_PREFIX.relation) }, 'relation')) {
          setDraft(draftOf(draft.kind, '', ''));
          // The submit button is disabled with the emptied form and would drop the focus onto the
          // page: the keyboard goes on at the form's first field, for the next relation.
          form.current?.querySelector<HTMLElement>('select')?.focus();
        }
      }}
    >
      <h4>{t.add}</h4>
      <SelectField
        label={t.kind}
        value={draft.kind}
        options={KINDS.map((k) => ({ value: k, label: relationKindLabels[k] }))}
        onChange={(kind) => setDraft(draftOf(kind, draft.from, draft.to))}
      />
      <RelationFields relation={draft} people={doc.people} onChange={setDraft} />
      {problem && (
        <p className="field-error" aria-live="polite">
          {describeRelationProblem(problem)}
        </p>
      )}
      <button type="submit" className="primary" disabled={!complete || problem !== null}>
        {t.add}
      </button>
    </form>
  );
}
