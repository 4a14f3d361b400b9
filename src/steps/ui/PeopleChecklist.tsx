/** A multi-select of people as checkboxes: reachable by keyboard and touch, unlike <select multiple>. */
import type { Person } from '../../graph/schema';
import { displayName } from '../../i18n/names';

interface Props {
  legend: string;
  people: Person[];
  chosen: string[];
  onChange(ids: string[]): void;
  describedBy?: string;
}

export function PeopleChecklist({ legend, people, chosen, onChange, describedBy }: Props) {
  const set = new Set(chosen);
  return (
    <fieldset className="st-people" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="st-people-list">
        {people.map((p) => (
          <label key={p.id} className="st-check">
            <input
              type="checkbox"
              checked={set.has(p.id)}
              onChange={(e) =>
                onChange(people.map((q) => q.id).filter((id) => (id === p.id ? e.target.checked : set.has(id))))
              }
            />
            <span>{displayName(p)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
