/**
 * Snapshots on the device: a snapshot's frozen data and layout are the big, never-changing part
 * of a case, so they are kept apart from the case record, one record per snapshot (the
 * `snapshots` store), written once when the snapshot is first saved. The case record keeps only
 * each snapshot's header (id, date, label: what a rename changes), inside the case's own sealed
 * document, so autosave rewrites the live case and the headers, not the history.
 *
 * With a passphrase set a snapshot record is sealed like a case record, bound to its case and
 * its own id (`netwerkkaart:snapshot:<caseId>:<snapshotId>`), so a body moved under another
 * case or snapshot fails to open instead of showing someone else's history.
 *
 * A snapshot's data has no format version of its own: it is at the version of the document that
 * holds it (migrations.ts). So a body is keyed with the version it was written at, and a save at
 * a newer version (after a migration) writes it once more at that version and drops the old one:
 * the bodies of a stored case are always at its record's version. Joining takes only bodies at
 * the record's version, so an out-of-step one cannot pass the gate unmigrated.
 *
 * Reading joins the bodies back before the gate (readCase), so a stored case is migrated and
 * checked as a whole, like a file. A record written before the split (snapshots whole inside the
 * document: a sealed record the upgrade could not open) is read as it is, and split when the
 * case is next saved or the passphrase changes.
 */
import type { CaseDocument, Snapshot } from '../graph/schema';
import type { RawCase } from '../graph/migrations';
import { isSealed, seal, unseal, type Sealed } from './crypto';
import { LockedError, type KeyState } from './keyring';

export const SNAPSHOT_STORE = 'snapshots';

/** One snapshot's frozen part as the app works with it, keyed by [caseId, id, version]. */
export interface SnapshotBody {
  caseId: string;
  id: string;
  /** The format version of the document it was written from. */
  version: number;
  data: unknown;
  layout?: unknown;
}

/** As sealed: only the keys and the key id show. */
export interface SealedSnapshot {
  caseId: string;
  id: string;
  version: number;
  keyId: string;
  sealed: Sealed;
}

export type SnapshotRecord = SnapshotBody | SealedSnapshot;
export type SnapshotKey = [caseId: string, id: string, version: number];

export const SNAPSHOT_KEY_PATH = ['caseId', 'id', 'version'];
export const keyOf = (record: SnapshotRecord): SnapshotKey => [record.caseId, record.id, record.version];

/** What a sealed body is bound to: its case, its own id and its version (JSON keeps odd ids apart). */
export const snapshotContext = (caseId: string, id: string, version: number) => `netwerkkaart:snapshot:${JSON.stringify([caseId, id, version])}`;

export function isSealedSnapshot(record: SnapshotRecord): record is SealedSnapshot {
  return 'sealed' in record && isSealed(record.sealed);
}

export async function encodeSnapshot(body: SnapshotBody, state: KeyState): Promise<SnapshotRecord> {
  if (state.kind === 'plain') return body;
  if (state.kind === 'locked') throw new LockedError('locked');
  const { caseId, id, version, ...inside } = body;
  return { caseId, id, version, keyId: state.key.keyId, sealed: await seal(state.key.key, inside, snapshotContext(caseId, id, version)) };
}

export async function decodeSnapshot(record: SnapshotRecord, state: KeyState): Promise<SnapshotBody> {
  if (!isSealedSnapshot(record)) return record;
  if (state.kind !== 'unlocked') throw new LockedError('locked');
  if (state.key.keyId !== record.keyId) throw new LockedError('key-changed');
  const { caseId, id, version } = record;
  const inside = (await unseal(state.key.key, record.sealed, snapshotContext(caseId, id, version))) as Omit<SnapshotBody, 'caseId' | 'id' | 'version'>;
  return { caseId, id, version, data: inside.data, ...(inside.layout !== undefined ? { layout: inside.layout } : {}) };
}

/** Every snapshot record of one case: keys [caseId, ...] (arrays sort after strings, so [caseId, []] bounds them). */
export const bodiesOf = (caseId: string): IDBKeyRange => IDBKeyRange.bound([caseId], [caseId, []]);

/** The document as the case record keeps it: each snapshot without its frozen data and layout. */
export function withHeadersOnly(doc: CaseDocument): CaseDocument {
  if (doc.snapshots.length === 0) return doc;
  // The header keeps unknown fields of the snapshot (forward compatibility); only data and layout move.
  const snapshots = doc.snapshots.map(({ data: _data, layout: _layout, ...header }) => header);
  return { ...doc, snapshots: snapshots as unknown as Snapshot[] };
}

export function bodyOf(caseId: string, version: number, snap: Snapshot): SnapshotBody {
  return { caseId, id: snap.id, version, data: snap.data, ...(snap.layout ? { layout: snap.layout } : {}) };
}

const isObject = (v: unknown): v is RawCase => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The stored document with its snapshots whole again. A header that still has its data (a record
 * from before the split) is kept as it is; a header whose body is missing stays without data, so
 * the gate refuses the case with the place (`snapshots[0].data`) instead of opening half of it.
 */
export function joinSnapshots(stored: unknown, bodies: readonly SnapshotBody[]): unknown {
  if (!isObject(stored) || !Array.isArray(stored.snapshots) || bodies.length === 0) return stored;
  const byId = new Map(bodies.filter((b) => b.version === stored.version).map((b) => [b.id, b]));
  const snapshots = stored.snapshots.map((s: unknown) => {
    if (!isObject(s) || 'data' in s || typeof s.id !== 'string') return s;
    const body = byId.get(s.id);
    return body ? { ...s, data: body.data, ...(body.layout !== undefined ? { layout: body.layout } : {}) } : s;
  });
  return { ...stored, snapshots };
}

/**
 * A stored document (as stored, any version, not through the gate) with its inline snapshots
 * taken out: the document with headers only, and the bodies to store. Used by the database
 * upgrade and by re-sealing, for records written before the split. A snapshot without a string
 * id, or a document that is not an object, is left inside untouched: the gate judges it later.
 */
export function splitInline(caseId: string, stored: unknown): { doc: unknown; bodies: SnapshotBody[] } {
  if (!isObject(stored) || !Array.isArray(stored.snapshots) || typeof stored.version !== 'number') return { doc: stored, bodies: [] };
  const version = stored.version;
  const bodies: SnapshotBody[] = [];
  const snapshots = stored.snapshots.map((s: unknown) => {
    if (!isObject(s) || !('data' in s) || typeof s.id !== 'string') return s;
    const { data, layout, ...header } = s;
    bodies.push({ caseId, id: s.id, version, data, ...(layout !== undefined ? { layout } : {}) });
    return header;
  });
  return bodies.length === 0 ? { doc: stored, bodies } : { doc: { ...stored, snapshots }, bodies };
}
