/**
 * A case record as it lies in IndexedDB: plain on a device without a passphrase, sealed with
 * one. A sealed record shows nothing but its id (random, chosen by the app or a file) and the
 * key it was sealed with; title, update time and the whole document (snapshots included) are
 * inside. Reading accepts both, so a device that just set a passphrase, or a record written
 * by an older version of the app, still opens; writing follows the keyring.
 */
import { seal, unseal, isSealed, type Sealed } from './crypto';
import { LockedError, type KeyState } from './keyring';

export interface PlainRecord<Doc = unknown> {
  id: string;
  title: string;
  updatedAt: string;
  doc: Doc;
}

export interface SealedRecord {
  id: string;
  keyId: string;
  sealed: Sealed;
}

export type CaseRecord = PlainRecord | SealedRecord;

export function isSealedRecord(record: CaseRecord): record is SealedRecord {
  return 'sealed' in record && isSealed(record.sealed);
}

const contextOf = (id: string) => `netwerkkaart:case:${id}`;

export async function encodeRecord(record: PlainRecord, state: KeyState): Promise<CaseRecord> {
  if (state.kind === 'plain') return record;
  if (state.kind === 'locked') throw new LockedError('locked');
  const { id, title, updatedAt, doc } = record;
  return { id, keyId: state.key.keyId, sealed: await seal(state.key.key, { title, updatedAt, doc }, contextOf(id)) };
}

export async function decodeRecord(record: CaseRecord, state: KeyState): Promise<PlainRecord> {
  if (!isSealedRecord(record)) return record as PlainRecord;
  if (state.kind !== 'unlocked') throw new LockedError('locked');
  if (state.key.keyId !== record.keyId) throw new LockedError('key-changed');
  const inside = (await unseal(state.key.key, record.sealed, contextOf(record.id))) as Omit<PlainRecord, 'id'>;
  return { id: record.id, title: String(inside.title), updatedAt: String(inside.updatedAt), doc: inside.doc };
}

/** The key id a write may find stored with the setup: none for plain, the key's own otherwise. */
export function keyIdOf(state: KeyState): string | undefined {
  return state.kind === 'unlocked' ? state.key.keyId : undefined;
}

/**
 * What tells one stored version of a record from the next, to see whether it changed between
 * reading and writing (sealing takes time outside any transaction): a sealed record's IV is new
 * on every write; a plain record is compared whole.
 */
export function stampOf(record: CaseRecord | undefined): string {
  if (!record) return '';
  if (isSealedRecord(record)) return `${record.keyId}:${Array.from(record.sealed.iv).join(',')}`;
  return JSON.stringify(record);
}
