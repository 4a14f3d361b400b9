/** The name a screen reader announces for a person on the map, e.g. "Sam, jeugdige, 2012". */
import type { Person } from '../graph/schema';
import { sectorLabels } from '../i18n/labels';
import { canvasText } from '../i18n/canvas';
import { displayName } from '../i18n/names';

export function personAccessibleName(person: Person): string {
  const parts: string[] = [displayName(person)];
  if (person.focus) parts.push(canvasText.focusPerson);
  else if (person.sector === 'professional') parts.push(canvasText.professional);
  else parts.push(sectorLabels[person.sector].toLowerCase());
  if (person.birthYear !== undefined) {
    parts.push(person.deathYear !== undefined ? `${person.birthYear}–${person.deathYear}` : String(person.birthYear));
  }
  if (person.deceased) parts.push(canvasText.deceased);
  return parts.join(', ');
}
