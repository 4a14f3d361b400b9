/**
 * Snapshots on the device: a snapshot's frozen data and layout are the big, never-changing part
 * of a case, so they are kept apart from the case record, one record per snapshot, written once
 * when the snapshot is first saved. The case record keeps only each snapshot's header (id, date,
 * label: what a rename changes), so autosave rewrites the live case, not its history.
 *
 * Reading joins them back before the gate (readCase), so a stored case is migrated and checked
 * as a whole, like a file. A record written before the split (snapshots whole inside the
 * document) is read as it is, and split when the case is next saved.
 */
import type { CaseDocument, Snapshot } from '../graph/schema';
import type { RawCase } from '../graph/migrations';

/** One snapshot's frozen part, keyed by [caseId, id]. */
export interface SnapshotBody {
  caseId: string;
  id: string;
  data: unknown;
  layout?: unknown;
}

export const SNAPSHOT_STORE = 'snapshots';

/** Every snapshot body of one case: keys [caseId, ...] (arrays sort after strings, so [id, []] bounds them). */
export const bodiesOf = (caseId: string): IDBKeyRange => IDBKeyRange.bound([caseId], [caseId, []]);

/** The document as the case record keeps it: each snapshot without its frozen data and layout. */
export function withHeadersOnly(doc: CaseDocument): CaseDocument {
  if (doc.snapshots.length === 0) return doc;
  // The header keeps unknown fields of the snapshot (forward compatibility); only data and layout move.
  const snapshots = doc.snapshots.map(({ data: _data, layout: _layout, ...header }) => header);
  return { ...doc, snapshots: snapshots as unknown as Snapshot[] };
}

export function bodyOf(caseId: string, snap: Snapshot): SnapshotBody {
  return { caseId, id: snap.id, data: snap.data, ...(snap.layout ? { layout: snap.layout } : {}) };
}

const isObject = (v: unknown): v is RawCase => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The stored document with its snapshots whole again. A header that still has its data (a record
 * from before the split) is kept as it is; a header whose body is missing stays without data, so
 * the gate refuses the case with the place (`snapshots[0].data`) instead of opening half of it.
 */
export function joinSnapshots(stored: unknown, bodies: readonly SnapshotBody[]): unknown {
  if (!isObject(stored) || !Array.isArray(stored.snapshots) || bodies.length === 0) return stored;
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const snapshots = stored.snapshots.map((s: unknown) => {
    if (!isObject(s) || 'data' in s || typeof s.id !== 'string') return s;
    const body = byId.get(s.id);
    return body ? { ...s, data: body.data, ...(body.layout !== undefined ? { layout: body.layout } : {}) } : s;
  });
  return { ...stored, snapshots };
}
