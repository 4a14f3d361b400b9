import { createCase } from '../create';
import { LIMITS, layoutSchema, snapshotSchema, type CaseData, type CaseDocument, type Layout, type Snapshot } from '../schema';
import { fitsSchema, idInUse } from './records';

/** The data a snapshot freezes; arrays are shared, which is safe because commands never mutate. */
export function caseData(doc: CaseData): CaseData {
  const { people, relations, needs, offers, strengths, topics, consents, agreements, meetings, steps } = doc;
  return { people, relations, needs, offers, strengths, topics, consents, agreements, meetings, steps };
}

export interface TakeSnapshotArgs {
  id: string;
  takenAt: string;
  label: string;
  /**
   * Where everyone stands in both views now, as drawn (the caller has the genogram's layout,
   * which is computed in a worker). Absent: the snapshot is laid out from its data when drawn.
   */
  layout?: Layout;
}

/** Freezes the case now. Refused for a used id, a bad date, label or layout, or when the limit is reached. */
export function takeSnapshot(doc: CaseDocument, { id, takenAt, label, layout }: TakeSnapshotArgs): CaseDocument {
  if (idInUse(doc, id) || doc.snapshots.length >= LIMITS.snapshots) return doc;
  if (!fitsSchema(snapshotSchema.omit({ data: true, layout: true }), { id, takenAt, label })) return doc;
  if (layout && !fitsSchema(layoutSchema, layout)) return doc;
  const snapshot: Snapshot = { id, takenAt, label, data: caseData(doc), ...(layout ? { layout } : {}) };
  return { ...doc, snapshots: [...doc.snapshots, snapshot] };
}

/** A new label; the frozen data is never edited (it is history), only what it is called. */
export function renameSnapshot(doc: CaseDocument, { id, label }: { id: string; label: string }): CaseDocument {
  const index = doc.snapshots.findIndex((s) => s.id === id);
  const snap = doc.snapshots[index];
  if (!snap || snap.label === label || !fitsSchema(snapshotSchema.shape.label, label)) return doc;
  const snapshots = doc.snapshots.slice();
  snapshots[index] = { ...snap, label };
  return { ...doc, snapshots };
}

/** Deleting a whole snapshot is allowed; editing one is not (it is history). */
export function removeSnapshot(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  if (!doc.snapshots.some((s) => s.id === id)) return doc;
  return { ...doc, snapshots: doc.snapshots.filter((s) => s.id !== id) };
}

/**
 * A snapshot as a case of its own, to work on from that moment. The netwerkkaart keeps its frozen
 * places and wedges; the genogram is laid out anew (frozen genogram positions would pin everyone
 * as if dragged by hand, and the genogram layout is deterministic from the data anyway).
 */
export function caseFromSnapshot(snapshot: Snapshot, { id, title, now }: { id: string; title: string; now: Date }): CaseDocument {
  const doc: CaseDocument = { ...createCase({ id, title, now }), ...caseData(snapshot.data) };
  const { netwerkkaart, netwerkkaartFrame } = snapshot.layout ?? {};
  if (!netwerkkaart && !netwerkkaartFrame) return doc;
  return { ...doc, layout: { ...(netwerkkaart ? { netwerkkaart } : {}), ...(netwerkkaartFrame ? { netwerkkaartFrame } : {}) } };
}
