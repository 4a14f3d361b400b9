/** Edits one person; every change is one command (one undo step). */
import { updatePerson, removePerson } from '../../graph/commands';
import { GENDERS, LIMITS, PERSPECTIVES, SECTORS, CLOSENESS, type Person, type Perspective } from '../../graph/schema';
import { closenessLabels, genderLabels, perspectiveLabels, sectorLabels } from '../../i18n/labels';
import { editor } from '../../i18n/editor';
import { useWorkspace } from '../workspace';
import { CheckboxField, CommitTextField, optionsFrom, SelectField, YearField } from './fields';
import { displayName } from '../../i18n/names';
import { removeWithUndo } from './recordActions';

const t = editor.people;
type PersonPatch = Partial<Omit<Person, 'id'>>;

export function PersonForm({ person }: { person: Person }) {
  const ws = useWorkspace();
  const update = (patch: PersonPatch) => ws.store.getState().run(updatePerson, { id: person.id, patch });
  const namedBy = person.namedBy ?? [];
  const toggleNamedBy = (who: Perspective, on: boolean) => {
    const next = PERSPECTIVES.filter((p) => (p === who ? on : namedBy.includes(p)));
    update({ namedBy: next.length > 0 ? next : undefined });
  };
  const remove = () => removeWithUndo(ws, removePerson, person.id, t.removed(displayName(person)));

  return (
    <form className="record-form" aria-label={t.edit} onSubmit={(e) => e.preventDefault()}>
      <h3>
        {t.edit}: <span className="record-name">{displayName(person)}</span>
      </h3>
      <CommitTextField label={t.name} value={person.name} maxLength={LIMITS.nameLength} onCommit={(name) => update({ name })} />
      <SelectField label={t.gender} value={person.gender} options={optionsFrom(GENDERS, genderLabels)} onChange={(gender) => update({ gender })} />
      <YearField label={t.birthYear} value={person.birthYear} invalidText={t.yearInvalid} onCommit={(birthYear) => update({ birthYear })} />
      <CheckboxField
        label={t.deceased}
        checked={person.deceased === true}
        onChange={(on) => update(on ? { deceased: true } : { deceased: undefined, deathYear: undefined })}
      />
      {person.deceased && (
        <YearField label={t.deathYear} value={person.deathYear} invalidText={t.yearInvalid} onCommit={(deathYear) => update({ deathYear })} />
      )}
      <CheckboxField label={t.focus} checked={person.focus === true} onChange={(on) => update({ focus: on ? true : undefined })} />
      <SelectField label={t.sector} value={person.sector} options={optionsFrom(SECTORS, sectorLabels)} onChange={(sector) => update({ sector })} />
      <SelectField
        label={t.closeness}
        value={person.closeness}
        options={optionsFrom(CLOSENESS, closenessLabels)}
        onChange={(closeness) => update({ closeness })}
      />
      <CommitTextField label={t.contact} hint={t.privateHint} value={person.contact ?? ''} maxLength={LIMITS.labelLength} onCommit={(v) => update({ contact: v.trim() === '' ? undefined : v })} />
      <CommitTextField label={t.notes} hint={t.privateHint} rows={4} value={person.notes ?? ''} maxLength={LIMITS.textLength} onCommit={(v) => update({ notes: v.trim() === '' ? undefined : v })} />
      <fieldset className="field-group">
        <legend>{t.namedBy}</legend>
        {PERSPECTIVES.map((p) => (
          <CheckboxField key={p} label={perspectiveLabels[p]} checked={namedBy.includes(p)} onChange={(on) => toggleNamedBy(p, on)} />
        ))}
      </fieldset>
      <button type="button" className="danger" onClick={remove}>
        {t.remove}
      </button>
    </form>
  );
}
