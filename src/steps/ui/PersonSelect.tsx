/** Choose one person from a list, with a visible hint and a first "nobody" option. */
import type { Person } from '../../graph/schema';
import { displayName } from '../../i18n/names';

interface Props {
  id: string;
  label: string;
  hint: string;
  noneLabel: string;
  people: Person[];
  value: string;
  onChange(personId: string): void;
}

export function PersonSelect({ id, label, hint, noneLabel, people, value, onChange }: Props) {
  const hintId = `${id}-hint`;
  return (
    <div className="st-field">
      <label htmlFor={id}>{label}</label>
      <p className="st-hint" id={hintId}>
        {hint}
      </p>
      <select id={id} aria-describedby={hintId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{noneLabel}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {displayName(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
