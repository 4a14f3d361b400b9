/**
 * The options of a support-kind select, grouped by type: the closed select then shows a short
 * "Emotioneel (E)" that fits the narrow pane, and the open list still says it is social-emotional.
 */
import { SUPPORT_CATEGORIES } from '../../graph/schema';
import { supportCategoryLabels, supportCategoryLetters, supportTypeLabels } from '../../i18n/labels';
import { typeOfCategory } from './kinds';

const short = (c: (typeof SUPPORT_CATEGORIES)[number]) => `${supportCategoryLabels[c]} (${supportCategoryLetters[c]})`;

export function KindOptions() {
  const social = SUPPORT_CATEGORIES.filter((c) => typeOfCategory(c) === 'social-emotional');
  const practical = SUPPORT_CATEGORIES.filter((c) => typeOfCategory(c) === 'practical');
  return (
    <>
      <optgroup label={supportTypeLabels['social-emotional']}>
        {social.map((c) => (
          <option key={c} value={c}>
            {short(c)}
          </option>
        ))}
      </optgroup>
      <optgroup label={supportTypeLabels.practical}>
        {practical.map((c) => (
          <option key={c} value={c}>
            {short(c)}
          </option>
        ))}
      </optgroup>
    </>
  );
}
