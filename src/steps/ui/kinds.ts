/**
 * The support kinds as one choice: the paper ecogram's four letters, each with its type
 * (E, G, A are social-emotional; P is practical). One select instead of two keeps the form short.
 */
import { SUPPORT_CATEGORIES, type SupportCategory, type SupportType } from '../../graph/schema';
import { supportCategoryLabels, supportCategoryLetters, supportTypeLabels } from '../../i18n/labels';

export function typeOfCategory(category: SupportCategory): SupportType {
  return category === 'practical' ? 'practical' : 'social-emotional';
}

export const kindOptions = SUPPORT_CATEGORIES.map((category) => ({
  value: category,
  label:
    category === 'practical'
      ? `${supportTypeLabels.practical} (${supportCategoryLetters.practical})`
      : `${supportTypeLabels['social-emotional']}: ${supportCategoryLabels[category].toLowerCase()} (${supportCategoryLetters[category]})`,
}));

/** "Sociaal-emotioneel: advies (A)" for a stored record, also one without a category. */
export function kindLabel(type: SupportType, category: SupportCategory | undefined): string {
  if (!category) return supportTypeLabels[type];
  return kindOptions.find((o) => o.value === category)?.label ?? supportTypeLabels[type];
}
