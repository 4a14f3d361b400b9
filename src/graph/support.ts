/**
 * The one rule between a support record's letter (category) and its type, as the paper
 * ecogram groups them (notation.md): G gezelschap, A advies and E emotioneel are
 * social-emotional, P praktisch is practical. The steps' forms, the map's overlays and the
 * badges all ask this module, so the grouping is stated once.
 */
import { SUPPORT_CATEGORIES, type Need, type Offer, type SupportCategory, type SupportType } from './schema';

const TYPE_OF: Readonly<Record<SupportCategory, SupportType>> = {
  emotional: 'social-emotional',
  company: 'social-emotional',
  advice: 'social-emotional',
  practical: 'practical',
};

/**
 * The letter a record without a category stands for (the category is optional in the file):
 * a practical one is P, a social-emotional one E.
 */
const DEFAULT_CATEGORY: Readonly<Record<SupportType, SupportCategory>> = {
  practical: 'practical',
  'social-emotional': 'emotional',
};

export function supportTypeOf(category: SupportCategory): SupportType {
  return TYPE_OF[category];
}

/** The categories of one type, in the schema's order. */
export function categoriesOf(type: SupportType): SupportCategory[] {
  return SUPPORT_CATEGORIES.filter((c) => TYPE_OF[c] === type);
}

/**
 * The letter a need or offer shows: its own category, else its type's default. A file may hold a
 * category that disagrees with its type; the category is the more precise of the two and wins.
 */
export function supportCategoryOf(record: Pick<Need | Offer, 'type' | 'category'>): SupportCategory {
  return record.category ?? DEFAULT_CATEGORY[record.type];
}
