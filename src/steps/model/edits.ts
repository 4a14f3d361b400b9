/**
 * Small rules for editing step 6's agreements and meetings in place. Kept out of the components
 * so they can be tested without a browser.
 */
import { FREQUENCIES } from '../../graph/schema';

/** The choice in the "Hoe vaak?" list for a stored frequency; free text shows as "other". */
export const OTHER_FREQUENCY = 'other-text';

export function frequencyChoice(frequency: string): string {
  return (FREQUENCIES as readonly string[]).includes(frequency) ? frequency : OTHER_FREQUENCY;
}

/**
 * A required text field: trimmed, and an empty one is refused (null), so the record keeps its
 * old text rather than becoming invalid.
 */
export function requiredText(next: string): string | null {
  const trimmed = next.trim();
  return trimmed ? trimmed : null;
}

/** An optional text field: trimmed, and an empty one removes the field (undefined in a patch). */
export function optionalText(next: string): string | undefined {
  const trimmed = next.trim();
  return trimmed ? trimmed : undefined;
}

/** A date typed in the date field: only a full yyyy-mm-dd is stored. */
export function validDate(next: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(next) && !Number.isNaN(Date.parse(next)) ? next : null;
}
