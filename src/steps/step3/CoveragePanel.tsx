/**
 * Each need with the people who cover it, and under it "wie helpt hierbij?" to add who does. A need nobody covers stands out with an icon and a
 * sentence (not colour alone): that is where professional care is still needed. People who
 * carry many offers are flagged, because parents fear being a burden to them.
 */
import { t } from '../../i18n/steps';
import { coverageRows } from '../model/coverage';
import { overloadedPeople } from '../model/load';
import { useDoc } from '../ui/hooks';
import { kindLabel } from '../ui/kinds';
import { displayName } from '../../i18n/names';
import { NeedHelpForm } from './NeedHelpForm';

export function CoveragePanel() {
  const doc = useDoc();
  const rows = coverageRows(doc);
  const open = rows.filter((r) => r.open).length;
  const heavy = overloadedPeople(doc);
  const alive = doc.people.filter((p) => !p.deceased);
  return (
    <section className="st-section" aria-labelledby="st3-coverage">
      <h3 id="st3-coverage">{t.coverage.heading}</h3>
      <p className="st-summary">{t.coverage.summary(open, rows.length)}</p>
      {rows.length > 0 && (
        <ul className="st-coverage" aria-label={t.coverage.heading}>
          {rows.map(({ need, of, coveredBy, open: isOpen }) => (
            <li key={need.id} className={`st-cov${isOpen ? ' st-cov-open' : ''}`}>
              <div className="st-cov-need">
                <span className="st-item-text">{need.text}</span>{' '}
                <span className="st-muted">
                  ({displayName(of)} · {kindLabel(need.type, need.category)})
                </span>
              </div>
              {isOpen ? (
                <p className="st-cov-gap">
                  <span className="st-icon" aria-hidden="true">
                    ⚠
                  </span>{' '}
                  {t.coverage.uncovered}
                </p>
              ) : (
                <p className="st-cov-by">
                  <span className="st-icon" aria-hidden="true">
                    ✓
                  </span>{' '}
                  {t.coverage.coveredBy}: {coveredBy.map((c) => displayName(c.person)).join(', ')}
                </p>
              )}
              <NeedHelpForm need={need} open={isOpen} helpers={alive.filter((p) => p.id !== need.of)} />
            </li>
          ))}
        </ul>
      )}
      <h4>{t.coverage.loadHeading}</h4>
      {heavy.length === 0 ? (
        <p className="st-muted">{t.coverage.loadOk}</p>
      ) : (
        <ul className="st-list">
          {heavy.map(({ person, offers }) => (
            <li key={person.id} className="st-load">
              <span className="st-icon" aria-hidden="true">
                ⚖
              </span>{' '}
              {t.coverage.overloaded(displayName(person), offers)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
