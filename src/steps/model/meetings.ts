/** The meeting log of step 6: each new meeting looks back on the notes of the one before. */
import type { CaseDocument, Meeting } from '../../graph/schema';

/** Oldest first; same date keeps file order, so the last one added counts as the latest. */
export function meetingsInOrder(doc: CaseDocument): Meeting[] {
  return doc.meetings
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.date.slice(0, 10).localeCompare(b.m.date.slice(0, 10)) || a.i - b.i)
    .map(({ m }) => m);
}

/** The meeting a new one looks back on: the latest so far, or null for the first meeting. */
export function previousMeeting(doc: CaseDocument): Meeting | null {
  const ordered = meetingsInOrder(doc);
  return ordered[ordered.length - 1] ?? null;
}
