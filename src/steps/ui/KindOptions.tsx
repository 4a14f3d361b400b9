/**
 * The options of a support-kind select, grouped by type: the closed select then shows a short
 * "Emotioneel (E)" that fits the narrow pane, and the open list still says it is social-emotional.
 */
import { SUPPORT_TYPES, type SupportCategory } from '../../graph/schema';
import { categoriesOf } from '../../graph/support';
import { supportCategoryLabels, supportCategoryLetters, supportTypeLabels } from '../../i18n/labels';

const short = (c: SupportCategory) => `${supportCategoryLabels[c]} (${supportCategoryLetters[c]})`;

export function KindOptions() {
  return (
    <>
      {SUPPORT_TYPES.map((type) => (
        <optgroup key={type} label={supportTypeLabels[type]}>
          {categoriesOf(type).map((c) => (
            <option key={c} value={c}>
              {short(c)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
