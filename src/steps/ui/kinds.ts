/**
 * How a support kind reads in the steps: the paper ecogram's letter with its word ("Advies (A)").
 * The type (social-emotional or practical) follows from the letter by the rule in
 * src/graph/support.ts and is named only where a record differs from that rule ("Advies (A),
 * praktisch": help with forms), so the common case never reads doubled.
 */
import { SUPPORT_CATEGORIES, type SupportCategory, type SupportType } from '../../graph/schema';
import { supportTypeOf } from '../../graph/support';
import { supportCategoryLabels, supportCategoryLetters, supportTypeLabels } from '../../i18n/labels';

export function kindOptionLabel(category: SupportCategory): string {
  return `${supportCategoryLabels[category]} (${supportCategoryLetters[category]})`;
}

export const kindOptions = SUPPORT_CATEGORIES.map((category) => ({ value: category, label: kindOptionLabel(category) }));

/** "Advies (A)" for a stored record, "Advies (A), praktisch" against the rule; the type alone without a category. */
export function kindLabel(type: SupportType, category: SupportCategory | undefined): string {
  if (!category) return supportTypeLabels[type];
  const label = kindOptionLabel(category);
  return supportTypeOf(category) === type ? label : `${label}, ${supportTypeLabels[type].toLowerCase()}`;
}
