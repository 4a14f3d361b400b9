/** The right-hand pane: the selected record's editor on top, then the plain lists with their add forms. */
import { editor } from '../../i18n/editor';
import { AddPersonForm } from './AddPersonForm';
import { AddRelationForm } from './AddRelationForm';
import { PeopleList, RelationList } from './RecordLists';
import { SelectionEditor } from './SelectionEditor';

export function SidePane() {
  return (
    <div className="side-content">
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
