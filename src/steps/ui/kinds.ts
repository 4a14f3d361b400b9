/**
 * The support kinds as one choice: the paper ecogram's four letters, each with its type (the
 * rule is src/graph/support.ts). One select instead of two keeps the form short.
 */
import { SUPPORT_CATEGORIES, type SupportCategory, type SupportType } from '../../graph/schema';
import { categoriesOf, supportTypeOf } from '../../graph/support';
import { supportCategoryLabels, supportCategoryLetters, supportTypeLabels } from '../../i18n/labels';

/** "Praktisch (P)" for the only letter of its type, "Sociaal-emotioneel: advies (A)" for one of several. */
function labelOf(category: SupportCategory): string {
  const type = supportTypeOf(category);
  const letter = supportCategoryLetters[category];
  if (categoriesOf(type).length === 1) return `${supportTypeLabels[type]} (${letter})`;
  return `${supportTypeLabels[type]}: ${supportCategoryLabels[category].toLowerCase()} (${letter})`;
}

export const kindOptions = SUPPORT_CATEGORIES.map((category) => ({ value: category, label: labelOf(category) }));

/** "Sociaal-emotioneel: advies (A)" for a stored record; only the type for one without a category. */
export function kindLabel(type: SupportType, category: SupportCategory | undefined): string {
  return category ? labelOf(category) : supportTypeLabels[type];
}
