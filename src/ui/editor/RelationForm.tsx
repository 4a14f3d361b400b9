/** Edits one relation. A change that would break the family tree is refused with the reason. */
import { useState } from 'react';
import { relationProblem, removeRelation, updateRelation } from '../../graph/commands';
import type { Relation } from '../../graph/schema';
import { relationKindLabels } from '../../i18n/labels';
import { editor } from '../../i18n/editor';
import { describeRelationProblem } from '../../i18n/relationProblems';
import { useAppStore } from '../../state/react';
import { useWorkspace } from '../workspace';
import { removeWithUndo } from './recordActions';
import { RelationFields } from './RelationFields';
import { describeRelation } from './relationText';

const t = editor.relations;

export function RelationForm({ relation }: { relation: Relation }) {
  const ws = useWorkspace();
  const doc = useAppStore((s) => s.doc);
  const [problem, setProblem] = useState<string | null>(null);

  const change = (next: Relation) => {
    const reason = relationProblem(doc, next);
    setProblem(reason && describeRelationProblem(reason));
    if (reason === null) {
      const { id, ...patch } = next;
      ws.store.getState().run(updateRelation, { id, patch });
    }
  };
  const remove = () => removeWithUndo(ws, removeRelation, relation.id, t.removed);

  return (
    <form className="record-form" aria-label={t.edit} onSubmit={(e) => e.preventDefault()}>
      <h3>{t.edit}</h3>
      <p className="record-summary">{describeRelation(doc, relation)}</p>
      <p className="field-static">
        {t.kind}: <strong>{relationKindLabels[relation.kind]}</strong>
      </p>
      <RelationFields relation={relation} people={doc.people} onChange={change} />
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <button type="button" className="danger" onClick={remove}>
        {t.remove}
      </button>
    </form>
  );
}
