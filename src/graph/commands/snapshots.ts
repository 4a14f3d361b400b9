import { LIMITS, snapshotSchema, type CaseData, type CaseDocument, type Snapshot } from '../schema';
import { fitsSchema, idInUse } from './records';

/** The data a snapshot freezes; arrays are shared, which is safe because commands never mutate. */
export function caseData(doc: CaseDocument): CaseData {
  const { people, relations, needs, offers, strengths, topics, consents, agreements, meetings, steps } = doc;
  return { people, relations, needs, offers, strengths, topics, consents, agreements, meetings, steps };
}

/** Freezes the case now. Refused for a used id, a bad date or label, or when the limit is reached. */
export function takeSnapshot(doc: CaseDocument, { id, takenAt, label }: { id: string; takenAt: string; label: string }): CaseDocument {
  if (idInUse(doc, id) || doc.snapshots.length >= LIMITS.snapshots) return doc;
  const snapshot: Snapshot = { id, takenAt, label, data: caseData(doc) };
  if (!fitsSchema(snapshotSchema.omit({ data: true }), { id, takenAt, label })) return doc;
  return { ...doc, snapshots: [...doc.snapshots, snapshot] };
}

/** Deleting a whole snapshot is allowed; editing one is not (it is history). */
export function removeSnapshot(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  if (!doc.snapshots.some((s) => s.id === id)) return doc;
  return { ...doc, snapshots: doc.snapshots.filter((s) => s.id !== id) };
}
