/**
 * The cases kept on this device, in IndexedDB. One record per case holds the document, plus the
 * title and update time copied out so the case list can be shown and sorted without reading every
 * document's content; each snapshot's frozen part is a record of its own, written once when the
 * snapshot is first saved (snapshotRecords.ts). The document keeps its format `version`, and every case
 * read back passes the same gate as a file (readStored.ts): an older record is migrated, a
 * damaged one refused with place and reason; neither is written back by reading.
 *
 * With a passphrase set, every record (snapshot records too) is sealed (sealedRecords.ts) with the keyring's key, and
 * every write checks, in its own transaction, that the device's passphrase setup is still the
 * one its key belongs to: a tab whose key is out of date (the passphrase was changed in
 * another tab) is refused instead of writing a record nobody can open. Sealing takes time
 * outside any transaction (IndexedDB commits a transaction that waits for anything else), so
 * a write that depends on what it read checks the record did not change meanwhile.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CaseDocument } from '../graph/schema';
import type { ImportError } from '../graph/importError';
import type { ReadOptions } from '../graph/readCase';
import type { RawCase } from '../graph/migrations';
import { CaseGoneError, CaseTakenError } from './errors';
import { readStoredCase } from './readStored';
import { createKeyring, LockedError, type Keyring, type KeyState } from './keyring';
import { decodeRecord, encodeRecord, isSealedRecord, keyIdOf, stampOf, type CaseRecord } from './sealedRecords';
import { parseSetup, serializeSetup, type VaultKey, type VaultSetup } from './vault';
import {
  SNAPSHOT_STORE,
  bodiesOf,
  bodyOf,
  decodeSnapshot,
  encodeSnapshot,
  isSealedSnapshot,
  joinSnapshots,
  keyOf,
  SNAPSHOT_KEY_PATH,
  splitInline,
  withHeadersOnly,
  type SnapshotBody,
  type SnapshotKey,
  type SnapshotRecord,
} from './snapshotRecords';

export const DB_NAME = 'netwerkkaart';
/** 2: the snapshots store (issue 12); the upgrade moves plain records' snapshots into it. */
const DB_VERSION = 2;
const LAST_OPEN_KEY = 'lastOpenCaseId';
/** The passphrase setup (vault.ts), as JSON text; absent on a device without a passphrase. */
const SECURITY_KEY = 'security';
/** Tries of a write that found its record changed while it was being sealed. */
const TRIES = 3;
/** Which tab last took a case over (see `writer` in saveCase). */
const writerKey = (caseId: string) => `writer:${caseId}`;

export interface SaveOptions {
  /** A new case (new, imported, the demo): it may be created. */
  create?: boolean;
  /**
   * The tab writing. With `mark`, this tab (which just took the case's lock) records itself as
   * the writer in the same transaction; without, the save is refused with CaseTakenError when
   * another tab has recorded itself since.
   */
  writer?: { tab: string; mark?: boolean };
}

export interface StoredCase {
  id: string;
  title: string;
  updatedAt: string;
  doc: CaseDocument;
}

export type CaseSummary = Omit<StoredCase, 'doc'>;

/**
 * A stored case through the gate. A refused one comes with the title its record is listed
 * under, for the notice (the document itself may be what is broken).
 */
export type StoredRead = { ok: true; value: CaseDocument } | { ok: false; error: ImportError; title: string };

interface NetwerkkaartDB extends DBSchema {
  cases: { key: string; value: CaseRecord };
  meta: { key: string; value: string };
  snapshots: { key: SnapshotKey; value: SnapshotRecord };
}

export interface CaseDb {
  /** Newest first. */
  listCases(): Promise<CaseSummary[]>;
  /** The case through the gate (readStoredCase), or undefined when there is no such record. */
  loadCase(id: string): Promise<StoredRead | undefined>;
  /**
   * Writes a case. Without `create` the case must still be stored: saving a deleted case
   * rejects with CaseGoneError instead of bringing it back (checked in the same transaction
   * as the write, so a delete from another tab cannot slip in between).
   */
  saveCase(doc: CaseDocument, options?: SaveOptions): Promise<void>;
  /** Records `tab` as the case's writer: saves from a tab that lost the case are refused from now on. */
  markWriter(caseId: string, tab: string): Promise<void>;
  deleteCase(id: string): Promise<void>;
  /** Renames a stored case (document title included), as stored, at its own version. False if not found. */
  renameCase(id: string, title: string, now: Date): Promise<boolean>;
  /** Stores a copy under a new id and title, at the original's version. False if the original was not found. */
  duplicateCase(id: string, copy: { id: string; title: string; now: Date }): Promise<boolean>;
  /** The passphrase setup of this device, or undefined when none is set. */
  getSecurity(): Promise<VaultSetup | undefined>;
  /**
   * Seals every case and snapshot record with `next` (null: stores them plain again) and makes it the device's
   * setup, in one transaction: a crash or a closed tab halfway leaves the old setup and every
   * record as they were. The keyring uses the new key once it is stored.
   */
  rekey(next: { setup: VaultSetup; key: VaultKey } | null): Promise<void>;
  /** Removes every case and the passphrase setup (a forgotten passphrase: start again, empty). */
  wipe(): Promise<void>;
  getLastOpen(): Promise<string | undefined>;
  setLastOpen(id: string): Promise<void>;
  close(): void;
}

/** The document as it is written, `version` included; snapshots as headers (their bodies are apart). */
function toRecord(doc: CaseDocument): StoredCase {
  return { id: doc.case.id, title: doc.case.title, updatedAt: doc.case.updatedAt, doc: withHeadersOnly(doc) };
}

/** What tells one stored version of a snapshot record from another: written once, so its keys, or its IV when sealed. */
function snapshotStampOf(record: SnapshotRecord): string {
  const keys = JSON.stringify(keyOf(record));
  return isSealedSnapshot(record) ? `${keys}:${record.keyId}:${Array.from(record.sealed.iv).join(',')}` : keys;
}

/** Ends a transaction without its writes; one that already ended (aborted by a failed write) is fine too. */
async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already finished.
  }
  await tx.done.catch(() => {});
}

const caseInfoOf = (doc: RawCase): RawCase => (doc.case !== null && typeof doc.case === 'object' ? (doc.case as RawCase) : {});

/**
 * Opens (and on first use creates) the database. Rejects when IndexedDB is unavailable.
 * `read` is for tests: the migrations and version the gate reads stored cases with.
 */
export async function openCaseDb(name: string = DB_NAME, read: ReadOptions = {}, keyring: Keyring = createKeyring()): Promise<CaseDb> {
  if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
  const db: IDBPDatabase<NetwerkkaartDB> = await openDB<NetwerkkaartDB>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        database.createObjectStore('cases', { keyPath: 'id' });
        database.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        database.createObjectStore(SNAPSHOT_STORE, { keyPath: SNAPSHOT_KEY_PATH });
        // In the upgrade's own transaction: a crash halfway leaves version 1 and every record as it was.
        void splitStoredSnapshots(transaction);
      }
    },
  });

  type Meta = { get(key: string): Promise<string | undefined> };
  /** Refuses a write sealed for another setup than the stored one (see the file comment). */
  async function checkKey(meta: Meta, state: KeyState): Promise<void> {
    if (parseSetup(await meta.get(SECURITY_KEY))?.keyId !== keyIdOf(state)) throw new LockedError('key-changed');
  }

  /**
   * Reads a record and writes a changed copy; false if not found. The document is changed as
   * stored (not through the gate): a case of an older version stays at that version, and is
   * migrated when it is read. A `put` over a record that changed while it was being sealed
   * starts again from the new version.
   */
  async function rewrite(id: string, how: 'put' | 'add', change: (doc: RawCase) => RawCase): Promise<boolean> {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const state = keyring.state();
      const read = db.transaction(['cases', SNAPSHOT_STORE]);
      // Only a copy needs the snapshot bodies (a rename changes the case record alone).
      const [before, storedBodies] = await Promise.all([
        read.objectStore('cases').get(id),
        how === 'add' ? read.objectStore(SNAPSHOT_STORE).getAll(bodiesOf(id)) : Promise.resolve([]),
        read.done,
      ]);
      if (!before) return false;
      const stored: unknown = (await decodeRecord(before, state)).doc;
      const doc = change(stored !== null && typeof stored === 'object' ? (stored as RawCase) : {});
      const info = caseInfoOf(doc);
      const written = await encodeRecord({ id: String(info.id), title: String(info.title), updatedAt: String(info.updatedAt), doc }, state);
      // A copy under a new id takes its snapshot bodies along, sealed again for the new case
      // (the seal is bound to the case id). A snapshot added or removed meanwhile changes the
      // case record too, which the stamp check below catches.
      const copies =
        written.id === id
          ? []
          : await Promise.all(storedBodies.map(async (record) => encodeSnapshot({ ...(await decodeSnapshot(record, state)), caseId: written.id }, state)));
      const tx = db.transaction(['cases', 'meta', SNAPSHOT_STORE], 'readwrite');
      const cases = tx.objectStore('cases');
      const current = how === 'put' ? await cases.get(id) : before;
      if (current === undefined || stampOf(current) !== stampOf(before)) {
        await abandon(tx);
        if (current === undefined) return false;
        continue;
      }
      try {
        await checkKey(tx.objectStore('meta'), state);
      } catch (error) {
        await abandon(tx);
        throw error;
      }
      const bodies = tx.objectStore(SNAPSHOT_STORE);
      // Awaiting all keeps a refused write the one error reported.
      await Promise.all([cases[how](written), ...copies.map((copy) => bodies.put(copy)), tx.done]);
      return true;
    }
    throw new DOMException('the case kept changing while it was rewritten', 'AbortError');
  }

  return {
    async listCases() {
      const all: CaseSummary[] = [];
      // A cursor over the records still reads the documents; fine for the tens of cases a
      // professional keeps. An index on updatedAt would not avoid that either.
      const state = keyring.state();
      for (const record of await db.getAll('cases')) {
        const { id, title, updatedAt } = await decodeRecord(record, state);
        all.push({ id, title, updatedAt });
      }
      return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },
    async loadCase(id) {
      const tx = db.transaction(['cases', SNAPSHOT_STORE]);
      const [stored, storedBodies] = await Promise.all([tx.objectStore('cases').get(id), tx.objectStore(SNAPSHOT_STORE).getAll(bodiesOf(id)), tx.done]);
      if (!stored) return undefined;
      const state = keyring.state();
      const record = await decodeRecord(stored, state);
      const bodies = await Promise.all(storedBodies.map((body) => decodeSnapshot(body, state)));
      // Joined before the one gate, so the case is migrated and checked whole, as a file is.
      const result = readStoredCase(joinSnapshots(record.doc, bodies), read);
      return result.ok ? result : { ok: false, error: result.error, title: typeof record.title === 'string' ? record.title : id };
    },
    async saveCase(doc, options) {
      const id = doc.case.id;
      const live = new Set(doc.snapshots.map((snap) => snap.id));
      // Stored at this document's version; a body at another version is written again (see snapshotRecords.ts).
      const current = (keys: SnapshotKey[]) => new Set(keys.filter((key) => key[2] === doc.version).map((key) => key[1]));
      for (let attempt = 0; attempt < TRIES; attempt++) {
        const state = keyring.state();
        const record = await encodeRecord(toRecord(doc), state);
        // A snapshot is never edited, so a body already stored is never written again. Which are
        // stored is read first: sealing the new ones cannot wait inside the write's transaction.
        const storedBefore = current(await db.getAllKeys(SNAPSHOT_STORE, bodiesOf(id)));
        const fresh = await Promise.all(
          doc.snapshots.filter((snap) => !storedBefore.has(snap.id)).map((snap) => encodeSnapshot(bodyOf(id, doc.version, snap), state)),
        );
        const freshIds = new Set(fresh.map((body) => body.id));
        const tx = db.transaction(['cases', 'meta', SNAPSHOT_STORE], 'readwrite');
        const cases = tx.objectStore('cases');
        const meta = tx.objectStore('meta');
        const bodies = tx.objectStore(SNAPSHOT_STORE);
        const refuse = async (error: Error) => {
          await abandon(tx);
          throw error;
        };
        if (!options?.create && (await cases.getKey(id)) === undefined) return refuse(new CaseGoneError(id));
        const writer = options?.writer;
        if (writer && !writer.mark) {
          const recorded = await meta.get(writerKey(id));
          if (recorded !== undefined && recorded !== writer.tab) return refuse(new CaseTakenError(id));
        }
        try {
          await checkKey(meta, state);
        } catch (error) {
          return refuse(error as Error);
        }
        const keysNow = await bodies.getAllKeys(bodiesOf(id));
        const storedNow = current(keysNow);
        if ([...live].some((snapId) => !storedNow.has(snapId) && !freshIds.has(snapId))) {
          // A body went meanwhile (the snapshot was deleted by a save in between): seal it again.
          await abandon(tx);
          continue;
        }
        const writes: Promise<unknown>[] = [cases.put(record)];
        if (writer?.mark) writes.push(meta.put(writer.tab, writerKey(id)));
        for (const body of fresh) if (!storedNow.has(body.id)) writes.push(bodies.put(body));
        // A deleted snapshot's body goes, and so does one left at an older version.
        for (const key of keysNow) if (!live.has(key[1]) || key[2] !== doc.version) writes.push(bodies.delete(key));
        // Awaiting all keeps a refused write (a full disk) the one error reported.
        await Promise.all([...writes, tx.done]);
        return;
      }
      throw new DOMException('the snapshots kept changing while the case was saved', 'AbortError');
    },
    async markWriter(caseId, tab) {
      await db.put('meta', tab, writerKey(caseId));
    },
    async deleteCase(id) {
      const tx = db.transaction(['cases', 'meta', SNAPSHOT_STORE], 'readwrite');
      await tx.objectStore('cases').delete(id);
      await tx.objectStore(SNAPSHOT_STORE).delete(bodiesOf(id));
      await tx.objectStore('meta').delete(writerKey(id));
      if ((await tx.objectStore('meta').get(LAST_OPEN_KEY)) === id) await tx.objectStore('meta').delete(LAST_OPEN_KEY);
      await tx.done;
    },
    async renameCase(id, title, now) {
      return rewrite(id, 'put', (doc) => ({ ...doc, case: { ...caseInfoOf(doc), title, updatedAt: now.toISOString() } }));
    },
    async duplicateCase(id, copy) {
      const stamp = copy.now.toISOString();
      // add() refuses an existing id, so a copy can never overwrite another case.
      return rewrite(id, 'add', (doc) => ({
        ...structuredClone(doc),
        case: { ...caseInfoOf(doc), id: copy.id, title: copy.title, createdAt: stamp, updatedAt: stamp },
      }));
    },
    async getSecurity() {
      return parseSetup(await db.get('meta', SECURITY_KEY));
    },
    async rekey(next) {
      const nextState: KeyState = next ? { kind: 'unlocked', key: next.key } : { kind: 'plain' };
      for (let attempt = 0; attempt < TRIES; attempt++) {
        const state = keyring.state();
        const read = db.transaction(['cases', 'meta', SNAPSHOT_STORE]);
        const [before, bodiesBefore, setupBefore] = await Promise.all([
          read.objectStore('cases').getAll(),
          read.objectStore(SNAPSHOT_STORE).getAll(),
          read.objectStore('meta').get(SECURITY_KEY),
          read.done,
        ]);
        if (parseSetup(setupBefore)?.keyId !== keyIdOf(state)) throw new LockedError('key-changed');
        // Write new: every record sealed under the new key, in memory (tens of cases and their
        // snapshots). A record that still holds its snapshots inside (sealed before the split,
        // so the upgrade could not open it) is split on the way.
        const split: SnapshotBody[] = [];
        const written = await Promise.all(
          before.map(async (record) => {
            const plain = await decodeRecord(record, state);
            const { doc, bodies } = splitInline(plain.id, plain.doc);
            split.push(...bodies);
            return encodeRecord({ ...plain, doc }, nextState);
          }),
        );
        const opened = await Promise.all(bodiesBefore.map((body) => decodeSnapshot(body, state)));
        const writtenBodies = await Promise.all([...opened, ...split].map((body) => encodeSnapshot(body, nextState)));
        const tx = db.transaction(['cases', 'meta', SNAPSHOT_STORE], 'readwrite');
        const cases = tx.objectStore('cases');
        const meta = tx.objectStore('meta');
        const bodies = tx.objectStore(SNAPSHOT_STORE);
        const [now, bodiesNow] = await Promise.all([cases.getAll(), bodies.getAll()]);
        const unchanged =
          (await meta.get(SECURITY_KEY)) === setupBefore &&
          now.length === before.length &&
          now.every((record, i) => stampOf(record) === stampOf(before[i])) &&
          bodiesNow.length === bodiesBefore.length &&
          bodiesNow.every((body, i) => snapshotStampOf(body) === snapshotStampOf(bodiesBefore[i]!));
        if (!unchanged) {
          // A save from this or another tab came in between: seal again from what is stored now.
          await abandon(tx);
          continue;
        }
        // ...then switch: the records, the snapshot records and the setup in one transaction,
        // all or nothing. A write that throws at once (not through the transaction) must abort
        // it too, or the puts already made would commit without the rest.
        const writes: Promise<unknown>[] = [];
        try {
          for (const record of written) writes.push(cases.put(record));
          for (const body of writtenBodies) writes.push(bodies.put(body));
          writes.push(next ? meta.put(serializeSetup(next.setup), SECURITY_KEY) : meta.delete(SECURITY_KEY));
          await Promise.all([...writes, tx.done]);
        } catch (error) {
          // The writes already made fail with the abort; that is the point, not a new error.
          for (const write of writes) write.catch(() => {});
          await abandon(tx);
          throw error;
        }
        if (next) keyring.use(next.key);
        else keyring.plain();
        return;
      }
      throw new DOMException('the cases kept changing while they were sealed', 'AbortError');
    },
    async wipe() {
      const tx = db.transaction(['cases', 'meta', SNAPSHOT_STORE], 'readwrite');
      await Promise.all([tx.objectStore('cases').clear(), tx.objectStore(SNAPSHOT_STORE).clear(), tx.objectStore('meta').clear(), tx.done]);
    },
    async getLastOpen() {
      return db.get('meta', LAST_OPEN_KEY);
    },
    async setLastOpen(id) {
      await db.put('meta', id, LAST_OPEN_KEY);
    },
    close() {
      db.close();
    },
  };
}

/**
 * The upgrade to version 2: each plain case record's snapshots move into the snapshots store,
 * the record keeps their headers. A sealed record cannot be opened here (no key, and the upgrade
 * may wait for nothing but IndexedDB); it keeps its snapshots inside, which reading accepts,
 * until its next save or passphrase change splits it. A record whose snapshots repeat an id is
 * left whole too, so nothing is overwritten: the gate judges it when it is read.
 */
async function splitStoredSnapshots(tx: IDBPTransaction<NetwerkkaartDB, StoreNames<NetwerkkaartDB>[], 'versionchange'>): Promise<void> {
  const bodyStore = tx.objectStore(SNAPSHOT_STORE);
  for (let cursor = await tx.objectStore('cases').openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value;
    if (isSealedRecord(record)) continue;
    const { doc, bodies } = splitInline(record.id, record.doc);
    if (bodies.length === 0 || new Set(bodies.map((b) => b.id)).size !== bodies.length) continue;
    for (const body of bodies) await bodyStore.put(body);
    await cursor.update({ ...record, doc });
  }
}
