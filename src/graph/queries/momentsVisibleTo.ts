/**
 * Two moments of a case as one network member may see them, for a comparison in their version
 * of the PDF (step 5). Each moment goes through the same rule as "Bekijk als" (visibleTo)
 * BEFORE the two are diffed, and then through what both moments hide, so a difference can never
 * tell what the member may not know:
 * - topics (and consents on them): only those they may know today. A topic they were allowed to
 *   know then but no longer may would otherwise show up as "gone", with its label;
 * - a strained tie between others, hidden in either moment, is left out of both. A contact that
 *   became strained would otherwise show as "gone", and one that stopped being strained as "new",
 *   which says as much.
 * A member who was not in the case then sees the earlier moment by the same rule, without
 * themselves in it.
 */
import type { CaseDocument, Person } from '../schema';
import { visibleTo } from './consent';

export interface MomentsForMember {
  person: Person;
  before: CaseDocument;
  after: CaseDocument;
}

export function momentsVisibleTo(before: CaseDocument, after: CaseDocument, personId: string): MomentsForMember | null {
  const now = visibleTo(after, personId);
  if (!now) return null;
  const present = before.people.some((p) => p.id === personId);
  const thenView = visibleTo(present ? before : { ...before, people: [...before.people, now.person] }, personId);
  if (!thenView) return null;
  const then = present ? thenView.doc : { ...thenView.doc, people: thenView.doc.people.filter((p) => p.id !== personId) };
  const allowed = new Set(now.topics.map((t) => t.id));
  const shown = (doc: CaseDocument) => new Set(doc.relations.map((r) => r.id));
  const shownThen = shown(then);
  const shownNow = shown(now.doc);
  const hiddenTies = new Set([...before.relations.filter((r) => !shownThen.has(r.id)), ...after.relations.filter((r) => !shownNow.has(r.id))].map((r) => r.id));
  const narrow = (doc: CaseDocument): CaseDocument => ({
    ...doc,
    topics: doc.topics.filter((t) => allowed.has(t.id)),
    consents: doc.consents.filter((c) => allowed.has(c.topicId)),
    relations: doc.relations.filter((r) => !hiddenTies.has(r.id)),
  });
  return { person: now.person, before: narrow(then), after: narrow(now.doc) };
}
