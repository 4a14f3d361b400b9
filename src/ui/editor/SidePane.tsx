/** The right-hand pane: the selected record's editor on top, then the plain lists with their add forms. */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/react';
import { editor } from '../../i18n/editor';
import { AddPersonForm } from './AddPersonForm';
import { AddRelationForm } from './AddRelationForm';
import { PeopleList, RelationList } from './RecordLists';
import { SelectionEditor } from './SelectionEditor';

export function SidePane() {
  const root = useRef<HTMLDivElement>(null);
  const editRequest = useAppStore((s) => s.session.editRequest);
  // Enter on the map asks for the editor: focus its first field once the pane has rendered it.
  useEffect(() => {
    if (editRequest === 0) return;
    const frame = requestAnimationFrame(() => {
      root.current
        ?.querySelector<HTMLElement>('.selection-editor input:not([type="hidden"]), .selection-editor select, .selection-editor textarea, .selection-editor button')
        ?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [editRequest]);
  return (
    <div className="side-content" ref={root}>
      <h2 className="visually-hidden">{editor.paneTitle}</h2>
      <div className="selection-editor">
        <SelectionEditor />
      </div>
      <section aria-labelledby="people-heading" className="side-section">
        <h3 id="people-heading">{editor.people.title}</h3>
        <AddPersonForm />
        <PeopleList />
      </section>
      <section aria-labelledby="relations-heading" className="side-section">
        <h3 id="relations-heading">{editor.relations.title}</h3>
        <AddRelationForm />
        <RelationList />
      </section>
    </div>
  );
}
