/**
 * The one way a person is named on screen: their name, or one word when they have none (yet).
 * Used on the map, in lists and selects, in the steps' texts and in accessible names, so a
 * person without a name is called the same everywhere and no button loses its name.
 */
import type { Person } from '../graph/schema';

export const UNNAMED = '(zonder naam)';

export function displayName(person: Pick<Person, 'name'> | undefined): string {
  return person?.name.trim() || UNNAMED;
}
