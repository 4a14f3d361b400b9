/** The comparison in words: what changed for the family first, then the changes grouped. */
import type { ChangeFacts, FamilySummary } from '../../graph/diff';
import { isEmptyDiff } from '../../graph/diff';
import type { CaseData } from '../../graph/schema';
import { changeGroups, familyLines, snapshotText as t } from '../../i18n/snapshots';

export function ChangeList({ facts, summary, before, after }: { facts: ChangeFacts; summary: FamilySummary; before: CaseData; after: CaseData }) {
  const groups = changeGroups(facts, before, after);
  return (
    <section className="snap-changes" aria-labelledby="snap-changes-title">
      <h3 id="snap-changes-title">{t.changeList}</h3>
      <section aria-labelledby="snap-family-title" className="snap-family">
        <h4 id="snap-family-title">Wat er veranderd is voor het gezin</h4>
        <ul>
          {familyLines(summary).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>
      {isEmptyDiff(facts.diff) && <p>{t.noChanges}</p>}
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h4>{g.title}</h4>
          <ul>
            {g.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
