/**
 * The PDF dialog's comparison: whether to add one, which two moments (a snapshot, or "Nu" for
 * the later one) and in which view. For a network member it says that both moments are
 * filtered as in "Bekijk als" (comparisonInput.ts does it, before diffing).
 */
import type { ComparisonChoice } from '../export/options';
import type { CaseDocument, ViewName } from '../graph/schema';
import { comparisonExportText as x } from '../i18n/exportComparison';
import { exportText } from '../i18n/export';
import { formatDate } from '../i18n/formatDate';
import { Choice } from './Choice';

const VIEWS: ViewName[] = ['netwerkkaart', 'genogram'];

/** How a moment is named in the dialog: the PDF's way (a member's version: the date only). */
export function momentName(doc: CaseDocument, id: string | 'now', forMember: boolean): string {
  if (id === 'now') return x.now;
  const s = doc.snapshots.find((snap) => snap.id === id);
  if (!s) return '?';
  const date = formatDate(s.takenAt);
  return forMember ? x.memberMoment(date) : x.moment(s.label, date);
}

export function ExportComparisonFields(props: { doc: CaseDocument; value: ComparisonChoice | null; forMember: boolean; onChange(value: ComparisonChoice | null): void }) {
  const { doc, value, forMember, onChange } = props;
  const snapshots = doc.snapshots;
  if (snapshots.length === 0) {
    return (
      <fieldset>
        <legend>{x.legend}</legend>
        <p className="export-hint">{x.none}</p>
      </fieldset>
    );
  }
  // The latest snapshot against now: what changed since the last meeting.
  const start: ComparisonChoice = { from: snapshots[snapshots.length - 1]!.id, to: 'now', view: 'netwerkkaart' };
  const options = snapshots.map((s) => (
    <option key={s.id} value={s.id}>
      {momentName(doc, s.id, forMember)}
    </option>
  ));
  return (
    <fieldset>
      <legend>{x.legend}</legend>
      <Choice type="checkbox" label={x.include} checked={value !== null} onChange={(on) => onChange(on ? start : null)} />
      {value && (
        <>
          <label className="export-field">
            {x.from}{' '}
            <select value={value.from} onChange={(e) => onChange({ ...value, from: e.target.value })}>
              {options}
            </select>
          </label>
          <label className="export-field">
            {x.to}{' '}
            <select value={value.to} onChange={(e) => onChange({ ...value, to: e.target.value })}>
              <option value="now">{x.now}</option>
              {options}
            </select>
          </label>
          <div role="radiogroup" aria-label={x.view}>
            {VIEWS.map((v) => (
              <Choice key={v} name="comparison-view" label={`${x.view}: ${exportText.dialog.views[v]}`} checked={value.view === v} onChange={() => onChange({ ...value, view: v })} />
            ))}
          </div>
          {forMember && <p className="export-hint">{x.memberHint}</p>}
        </>
      )}
    </fieldset>
  );
}
