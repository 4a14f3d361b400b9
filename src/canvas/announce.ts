/**
 * What a screen reader hears when the map changes (issue 13): the people and relations added or
 * removed between two versions of the document, in one short Dutch sentence. Pure, keyed by id
 * with Map lookups. A change of many things at once (an import, "Automatisch schikken") is said
 * as a count; a case opened anew says nothing here (the notices say it).
 */
import type { CaseDocument, Relation } from '../graph/schema';
import { canvasText } from '../i18n/canvas';
import { displayName } from '../i18n/names';

/** More changes than this at once are counted, not listed. */
const MAX_LISTED = 3;

export function announcement(before: CaseDocument, after: CaseDocument): string {
  if (before.case.id !== after.case.id) return '';
  const names = new Map([...before.people, ...after.people].map((p) => [p.id, displayName(p)]));
  const was = new Map(before.people.map((p) => [p.id, p]));
  const now = new Map(after.people.map((p) => [p.id, p]));
  const sentences: string[] = [];
  for (const p of after.people) if (!was.has(p.id)) sentences.push(canvasText.announceAdded(displayName(p)));
  for (const p of before.people) if (!now.has(p.id)) sentences.push(canvasText.announceRemoved(displayName(p)));
  const relWas = new Map(before.relations.map((r) => [r.id, r]));
  const relNow = new Map(after.relations.map((r) => [r.id, r]));
  const pair = (r: Relation) => [names.get(r.from) ?? '?', names.get(r.to) ?? '?'] as const;
  // A relation that came or went with a person is said with that person.
  const touched = (r: Relation) => !was.has(r.from) || !was.has(r.to) || !now.has(r.from) || !now.has(r.to);
  for (const r of after.relations) if (!relWas.has(r.id) && !touched(r)) sentences.push(canvasText.announceLinked(...pair(r)));
  for (const r of before.relations) if (!relNow.has(r.id) && !touched(r)) sentences.push(canvasText.announceUnlinked(...pair(r)));
  if (sentences.length > MAX_LISTED) return canvasText.announceMany(sentences.length);
  return sentences.join(' ');
}
