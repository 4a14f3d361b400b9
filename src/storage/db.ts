/**
 * The cases kept on this device, in IndexedDB. One record per case holds the document, plus the
 * title and update time copied out so the case list can be shown and sorted without reading every
 * document's content; each snapshot's frozen part is a record of its own, written once
 * (snapshotRecords.ts). The document keeps its format `version`, and every case
 * read back passes the same gate as a file (readStored.ts): an older record is migrated, a
 * damaged one refused with place and reason; neither is written back by reading.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaseDocument } from '../graph/schema';
import type { ImportError } from '../graph/importError';
import type { ReadOptions } from '../graph/readCase';
import type { RawCase } from '../graph/migrations';
import { CaseGoneError, CaseTakenError } from './errors';
import { readStoredCase } from './readStored';
import { SNAPSHOT_STORE, bodiesOf, bodyOf, joinSnapshots, withHeadersOnly, type SnapshotBody } from './snapshotRecords';

export const DB_NAME = 'netwerkkaart';
/** 2: the snapshots store (issue 12). */
const DB_VERSION = 2;
const LAST_OPEN_KEY = 'lastOpenCaseId';
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
  cases: { key: string; value: StoredCase };
  meta: { key: string; value: string };
  snapshots: { key: [string, string]; value: SnapshotBody };
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
  getLastOpen(): Promise<string | undefined>;
  setLastOpen(id: string): Promise<void>;
  close(): void;
}

/** The document as it is written, `version` included; snapshots as headers (their bodies are apart). */
function toRecord(doc: CaseDocument): StoredCase {
  return { id: doc.case.id, title: doc.case.title, updatedAt: doc.case.updatedAt, doc: withHeadersOnly(doc) };
}

const caseInfoOf = (doc: RawCase): RawCase => (doc.case !== null && typeof doc.case === 'object' ? (doc.case as RawCase) : {});

/**
 * Opens (and on first use creates) the database. Rejects when IndexedDB is unavailable.
 * `read` is for tests: the migrations and version the gate reads stored cases with.
 */
export async function openCaseDb(name: string = DB_NAME, read: ReadOptions = {}): Promise<CaseDb> {
  if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
  const db: IDBPDatabase<NetwerkkaartDB> = await openDB<NetwerkkaartDB>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('cases', { keyPath: 'id' });
        database.createObjectStore('meta');
      }
      // Records of version 1 keep their snapshots inside the document until the case is saved again.
      if (oldVersion < 2) database.createObjectStore(SNAPSHOT_STORE, { keyPath: ['caseId', 'id'] });
    },
  });

  /**
   * Reads a record and writes a changed copy in one transaction; false if not found. The
   * document is changed as stored (not through the gate): a case of an older version stays at
   * that version, and is migrated when it is read.
   */
  async function rewrite(id: string, how: 'put' | 'add', change: (doc: RawCase) => RawCase): Promise<boolean> {
    const tx = db.transaction(['cases', SNAPSHOT_STORE], 'readwrite');
    const cases = tx.objectStore('cases');
    const record = await cases.get(id);
    if (!record) {
      await tx.done;
      return false;
    }
    const stored: unknown = record.doc;
    const doc = change(stored !== null && typeof stored === 'object' ? (stored as RawCase) : {});
    const info = caseInfoOf(doc);
    const written = { id: String(info.id), title: String(info.title), updatedAt: String(info.updatedAt), doc: doc as CaseDocument };
    const writes: Promise<unknown>[] = [cases[how](written)];
    if (written.id !== id) {
      // A copy under a new id takes its snapshot bodies along, in the same transaction.
      const bodies = tx.objectStore(SNAPSHOT_STORE);
      for (const body of await bodies.getAll(bodiesOf(id))) writes.push(bodies.put({ ...body, caseId: written.id }));
    }
    // Awaiting all keeps a refused write the one error reported.
    await Promise.all([...writes, tx.done]);
    return true;
  }

  return {
    async listCases() {
      const all: CaseSummary[] = [];
      // A cursor over the records still reads the documents; fine for the tens of cases a
      // professional keeps. An index on updatedAt would not avoid that either.
      for (const record of await db.getAll('cases')) {
        all.push({ id: record.id, title: record.title, updatedAt: record.updatedAt });
      }
      return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },
    async loadCase(id) {
      const tx = db.transaction(['cases', SNAPSHOT_STORE]);
      const [record, bodies] = await Promise.all([tx.objectStore('cases').get(id), tx.objectStore(SNAPSHOT_STORE).getAll(bodiesOf(id)), tx.done]);
      if (!record) return undefined;
      const result = readStoredCase(joinSnapshots(record.doc, bodies), read);
      return result.ok ? result : { ok: false, error: result.error, title: typeof record.title === 'string' ? record.title : id };
    },
    async saveCase(doc, options) {
      const id = doc.case.id;
      const tx = db.transaction(['cases', 'meta', SNAPSHOT_STORE], 'readwrite');
      const cases = tx.objectStore('cases');
      const meta = tx.objectStore('meta');
      const bodies = tx.objectStore(SNAPSHOT_STORE);
      const refuse = async (error: Error) => {
        tx.abort();
        await tx.done.catch(() => {});
        throw error;
      };
      if (!options?.create && (await cases.getKey(id)) === undefined) return refuse(new CaseGoneError(id));
      const writer = options?.writer;
      if (writer && !writer.mark) {
        const recorded = await meta.get(writerKey(id));
        if (recorded !== undefined && recorded !== writer.tab) return refuse(new CaseTakenError(id));
      }
      const writes: Promise<unknown>[] = [cases.put(toRecord(doc))];
      if (writer?.mark) writes.push(meta.put(writer.tab, writerKey(id)));
      // A snapshot is never edited, so a body already stored is never written again; a deleted one goes.
      const stored = new Set((await bodies.getAllKeys(bodiesOf(id))).map((k) => k[1]));
      for (const snap of doc.snapshots) if (!stored.has(snap.id)) writes.push(bodies.put(bodyOf(id, snap)));
      const live = new Set(doc.snapshots.map((s) => s.id));
      for (const snapId of stored) if (!live.has(snapId)) writes.push(bodies.delete([id, snapId]));
      // Awaiting all keeps a refused write (a full disk) the one error reported.
      await Promise.all([...writes, tx.done]);
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
