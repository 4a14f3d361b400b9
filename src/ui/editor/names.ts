import type { CaseDocument, Person } from '../../graph/schema';
import { editor } from '../../i18n/editor';

/** A person's name as shown in lists; never empty, so every button keeps an accessible name. */
export function displayName(person: Person | undefined): string {
  return person?.name.trim() || editor.noName;
}

export function personById(doc: CaseDocument, id: string): Person | undefined {
  return doc.people.find((p) => p.id === id);
}
