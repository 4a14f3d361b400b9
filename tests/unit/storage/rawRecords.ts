/**
 * The database as another app version, a browser bug or a hand edit could leave it: records
 * written and read straight through IndexedDB, past every command and past the gate.
 */
import { openDB } from 'idb';

/** Writes `record` into the cases store as it is (and makes it the last open case, if asked). */
export async function putRawRecord(dbName: string, record: { id: string } & Record<string, unknown>, options: { lastOpen?: boolean } = {}): Promise<void> {
  const db = await openDB(dbName);
  const tx = db.transaction(['cases', 'meta'], 'readwrite');
  await tx.objectStore('cases').put(record);
  if (options.lastOpen) await tx.objectStore('meta').put(record.id, 'lastOpenCaseId');
  await tx.done;
  db.close();
}

/** The record as stored, unchecked. */
export async function getRawRecord(dbName: string, id: string): Promise<unknown> {
  const db = await openDB(dbName);
  const record: unknown = await db.get('cases', id);
  db.close();
  return record;
}

/** A snapshot's frozen part as stored in the snapshots store, unchecked. */
export async function getRawSnapshot(dbName: string, caseId: string, id: string, version: number): Promise<unknown> {
  const db = await openDB(dbName);
  const record: unknown = await db.get('snapshots', [caseId, id, version]);
  db.close();
  return record;
}

/** Every record of the snapshots store, unchecked. */
export async function getRawSnapshots(dbName: string): Promise<unknown[]> {
  const db = await openDB(dbName);
  const records: unknown[] = await db.getAll('snapshots');
  db.close();
  return records;
}

/**
 * Runs `action` while the `nth` put into `store` throws QuotaExceededError, as a full disk or a
 * closed tab would stop a write halfway; IndexedDB's put is restored afterwards.
 */
export async function withFailingPut<T>(store: string, nth: number, action: () => Promise<T>): Promise<T> {
  const realPut = IDBObjectStore.prototype.put;
  let puts = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === store && ++puts === nth) throw new DOMException('disk full', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
  try {
    return await action();
  } finally {
    IDBObjectStore.prototype.put = realPut;
  }
}
