/** Show whom the young person named, or whom the parents named; the others are dimmed on the map. */
import type { PerspectiveFilter as Filter } from '../../state/session';
import { t } from '../../i18n/steps';
import { useAppStore } from '../../state/react';
import { useSetSession } from '../ui/hooks';

const options: { value: Filter; label: string }[] = [
  { value: 'all', label: t.perspective.all },
  { value: 'youth', label: t.perspective.youth },
  { value: 'parents', label: t.perspective.parents },
];

export function PerspectiveFilter() {
  const value = useAppStore((s) => s.session.perspective);
  const setSession = useSetSession();
  return (
    <fieldset className="st-section st-segmented" aria-describedby="st3-persp-hint">
      <legend>{t.perspective.label}</legend>
      {options.map((o) => (
        <label key={o.value} className="st-check">
          <input
            type="radio"
            name="st3-perspective"
            value={o.value}
            checked={value === o.value}
            onChange={() => setSession({ perspective: o.value })}
          />
          <span>{o.label}</span>
        </label>
      ))}
      <p className="st-hint" id="st3-persp-hint">
        {t.perspective.hint}
      </p>
    </fieldset>
  );
}
