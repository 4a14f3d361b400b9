/**
 * Step 1: how the family looks at help from the people around them — hopes, worries, what
 * holds them back (parents often do not want to be a burden), pros and cons. Stored as
 * structured text in steps["1"].view (see model/familyView.ts).
 */
import { LIMITS } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { setFamilyView } from '../../graph/commands';
import { FAMILY_VIEW_FIELDS, readFamilyView, type FamilyViewField } from '../model/familyView';
import { CommitText } from '../../ui/CommitText';
import { useDoc, useRun } from '../ui/hooks';

const labels: Record<FamilyViewField, string> = {
  hopes: t.view.hopes,
  worries: t.view.worries,
  resistance: t.view.resistance,
  pros: t.view.pros,
  cons: t.view.cons,
};

export function FamilyViewEditor() {
  const doc = useDoc();
  const run = useRun();
  const view = readFamilyView(doc);
  return (
    <section className="st-section" aria-labelledby="st1-heading">
      <h3 id="st1-heading">{t.view.heading}</h3>
      {FAMILY_VIEW_FIELDS.map((field) => {
        const id = `st1-${field}`;
        return (
          <div className="st-field" key={field}>
            <label htmlFor={id}>{labels[field]}</label>
            {field === 'resistance' && (
              <p className="st-hint" id={`${id}-hint`}>
                {t.view.resistanceHint}
              </p>
            )}
            <CommitText
              maxLength={LIMITS.textLength}
              id={id}
              multiline
              rows={2}
              label={labels[field]}
              describedBy={field === 'resistance' ? `${id}-hint` : undefined}
              value={view[field]}
              onCommit={(text) => run(setFamilyView, { field, text })}
            />
          </div>
        );
      })}
    </section>
  );
}
