/** Family Finding prompts: the parts of the map where nobody is drawn yet. */
import { sectorLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { findingPrompts, type FindingPrompt } from '../model/familyFinding';
import { useDoc } from '../ui/hooks';

function text(p: FindingPrompt): string {
  if (p.kind === 'school-or-sport') return t.finding.schoolOrSport;
  if (p.kind === 'ring') return t.finding.ringPrompt[p.ring] ?? '';
  return t.finding.sectorPrompt[p.sector] ?? `${sectorLabels[p.sector]}?`;
}

export function FamilyFinding() {
  const doc = useDoc();
  const prompts = findingPrompts(doc);
  return (
    <section className="st-section" aria-labelledby="st3-finding">
      <h3 id="st3-finding">{t.finding.heading}</h3>
      <p className="st-reminder">{t.finding.reminder}</p>
      {prompts.length === 0 ? (
        <p className="st-muted">{t.finding.allCovered}</p>
      ) : (
        <ul className="st-prompts">
          {prompts.map((p) => (
            <li key={p.kind === 'sector' ? p.sector : p.kind === 'ring' ? `ring${p.ring}` : p.kind}>{text(p)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
