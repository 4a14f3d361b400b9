/** Adds a person with the few facts known at once; the rest is edited after (the new person is selected). */
import { useId, useState } from 'react';
import { addPerson } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { GENDERS, LIMITS, SECTORS, type Gender, type Person, type Sector } from '../../graph/schema';
import { genderLabels, sectorLabels } from '../../i18n/labels';
import { editor } from '../../i18n/editor';
import { useWorkspace } from '../workspace';
import { optionsFrom, SelectField } from './fields';
import { addAndSelect } from './recordActions';
import { LimitNote } from '../LimitNote';

const t = editor.people;

export function AddPersonForm() {
  const ws = useWorkspace();
  const nameId = useId();
  const [name, setName] = useState('');
  const [gender, setGender] = useState<Gender>('unknown');
  const [sector, setSector] = useState<Sector>('family');
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="record-form add-form"
      aria-label={t.add}
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setError(t.nameRequired);
          return;
        }
        if (ws.store.getState().doc.people.length >= LIMITS.people) {
          setError(t.peopleLimit(LIMITS.people));
          return;
        }
        const person: Person = { id: newId(ID_PREFIX.person), name: name.trim(), gender, sector, closeness: 2 };
        if (addAndSelect(ws, addPerson, person, 'person')) {
          setName('');
          setError(null);
        }
      }}
    >
      <h4>{t.add}</h4>
      <div className="field">
        <label htmlFor={nameId}>{t.name}</label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={LIMITS.nameLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${nameId}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {error && (
          <p id={`${nameId}-error`} className="field-error">
            {error}
          </p>
        )}
        <LimitNote length={name.length} max={LIMITS.nameLength} />
      </div>
      <SelectField label={t.gender} value={gender} options={optionsFrom(GENDERS, genderLabels)} onChange={setGender} />
      <SelectField label={t.sector} value={sector} options={optionsFrom(SECTORS, sectorLabels)} onChange={setSector} />
      <button type="submit" className="primary">
        {t.add}
      </button>
    </form>
  );
}
