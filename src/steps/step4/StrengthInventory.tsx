/** The nine life domains, each with what this person wrote there: the inventory at a glance. */
import { removeStrength } from '../../graph/commands';
import { LIFE_DOMAINS, type Person } from '../../graph/schema';
import { lifeDomainLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { strengthKind, type StrengthKind } from '../model/strengthKind';
import { useDoc, useRun } from '../ui/hooks';

const badge: Record<StrengthKind, string> = {
  strength: t.strengths.kindStrength,
  proud: t.strengths.kindProud,
  solved: t.strengths.kindSolved,
};

export function StrengthInventory({ person }: { person: Person }) {
  const doc = useDoc();
  const run = useRun();
  const mine = doc.strengths.filter((s) => s.of === person.id);
  return (
    <dl className="st-domains" aria-label={t.strengths.inventoryOf(person.name || '?')}>
      {LIFE_DOMAINS.map((domain) => {
        const items = mine.filter((s) => s.domain === domain);
        return (
          <div key={domain} className={`st-domain${items.length > 0 ? ' st-domain-filled' : ''}`}>
            <dt>{lifeDomainLabels[domain]}</dt>
            {items.length === 0 && <dd className="st-muted">{t.strengths.empty}</dd>}
            {items.map((s) => (
              <dd key={s.id} className="st-item">
                <span className="st-item-main">
                  <span className={`st-badge st-badge-${strengthKind(s)}`}>{badge[strengthKind(s)]}</span>
                  <span className="st-item-text">{s.text}</span>
                </span>
                <button
                  type="button"
                  className="st-remove"
                  aria-label={t.removeNamed(s.text)}
                  onClick={() => run(removeStrength, { id: s.id })}
                >
                  ✕
                </button>
              </dd>
            ))}
          </div>
        );
      })}
    </dl>
  );
}
