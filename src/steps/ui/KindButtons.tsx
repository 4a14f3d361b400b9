/**
 * The four letters as add buttons: the text is typed, then one tap says what kind of help it is
 * and adds it (two actions, where a kind select and "Toevoegen" took three). Enter adds with the
 * kind used last, which is marked, so a run of needs of one kind is typed straight through.
 */
import { SUPPORT_CATEGORIES, type SupportCategory } from '../../graph/schema';
import { kindOptionLabel } from './kinds';

interface Props {
  /** The group's name for screen readers, e.g. "Toevoegen als". */
  label: string;
  /** The kind Enter uses. */
  last: SupportCategory;
  onPick(category: SupportCategory): void;
}

export function KindButtons({ label, last, onPick }: Props) {
  return (
    <div role="group" aria-label={label} className="st-kind-buttons">
      <span className="st-kind-buttons__label" aria-hidden="true">
        {label}:
      </span>
      {SUPPORT_CATEGORIES.map((c) => (
        <button key={c} type="button" className={c === last ? 'st-kind-last' : undefined} onClick={() => onPick(c)}>
          {kindOptionLabel(c)}
        </button>
      ))}
    </div>
  );
}
