/**
 * Edits whatever is selected (session.selection), from the lists or from the map. Exported for
 * the canvas and steps panes too. Keyed by id so a form never carries a draft over to another record.
 */
import { useAppStore } from '../../state/react';
import { editor } from '../../i18n/editor';
import { PersonForm } from './PersonForm';
import { RelationForm } from './RelationForm';

export function SelectionEditor({ showHint = true }: { showHint?: boolean }) {
  const selection = useAppStore((s) => s.session.selection);
  const person = useAppStore((s) => (selection?.kind === 'person' ? s.doc.people.find((p) => p.id === selection.id) : undefined));
  const relation = useAppStore((s) =>
    selection?.kind === 'relation' ? s.doc.relations.find((r) => r.id === selection.id) : undefined,
  );
  if (person) return <PersonForm key={person.id} person={person} />;
  if (relation) return <RelationForm key={relation.id} relation={relation} />;
  return showHint ? <p className="hint">{editor.pickHint}</p> : null;
}
