/** Whose perspective named this person: the young person and the parents can name different people. */
import { updatePerson } from '../../graph/commands';
import { PERSPECTIVES, type Person, type Perspective } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { useRun } from '../ui/hooks';
import { displayName } from '../../i18n/names';

const labels: Record<Perspective, string> = { youth: t.offers.namedByYouth, parents: t.offers.namedByParents };

export function NamedBy({ person }: { person: Person }) {
  const run = useRun();
  const named = new Set(person.namedBy ?? []);
  const toggle = (side: Perspective, on: boolean) => {
    const next = PERSPECTIVES.filter((p) => (p === side ? on : named.has(p)));
    run(updatePerson, { id: person.id, patch: { namedBy: next.length > 0 ? next : undefined } });
  };
  return (
    <fieldset className="st-inline">
      <legend>{t.offers.namedByOf(displayName(person))}</legend>
      {PERSPECTIVES.map((side) => (
        <label key={side} className="st-check">
          <input type="checkbox" checked={named.has(side)} onChange={(e) => toggle(side, e.target.checked)} />
          <span>{labels[side]}</span>
        </label>
      ))}
    </fieldset>
  );
}
