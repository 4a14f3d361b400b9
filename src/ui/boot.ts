/**
 * Start-up: open the database, reopen the last open case (or the most recent one), and on the
 * very first start store and open the demo case. When the browser cannot store anything the
 * app still starts, on the demo case in memory, and says so. The case opened is claimed for
 * this tab; when another tab has it open, it opens read-only with the offer to take over.
 */
import { createDemoCase } from '../graph/demo';
import type { CaseDocument } from '../graph/schema';
import { createAppStore } from '../state/store';
import { openCaseDb, type CaseDb } from '../storage/db';
import { startCaseStorage, type StorageOptions } from './caseStorage';
import { applyOwnership, claimCase } from './caseOwner';
import { createNoticeStore } from './notices';
import { reportStorageError } from './storageNotice';
import type { Workspace } from './workspace';

async function firstDoc(db: CaseDb, now: Date): Promise<{ doc: CaseDocument; stored: boolean }> {
  const lastId = await db.getLastOpen();
  const last = lastId ? await db.loadCase(lastId) : undefined;
  if (last) return { doc: last, stored: true };
  const [recent] = await db.listCases();
  const recentDoc = recent ? await db.loadCase(recent.id) : undefined;
  if (recentDoc) return { doc: recentDoc, stored: true };
  return { doc: createDemoCase(now), stored: false };
}

/** `locks` and `channel` (StorageOptions) are injected by tests: jsdom and Node have no Web Locks. */
export interface BootOptions extends StorageOptions {
  dbName?: string;
  now?: () => Date;
}

export async function boot(options: BootOptions = {}): Promise<Workspace> {
  const now = options.now ?? (() => new Date());
  const notices = createNoticeStore();
  let db: CaseDb | null = null;
  let doc: CaseDocument | undefined;
  let stored = false;
  let failure: unknown;
  try {
    db = await openCaseDb(options.dbName);
    ({ doc, stored } = await firstDoc(db, now()));
    if (!stored) {
      await db.saveCase(doc, { create: true });
      stored = true;
    }
    await db.setLastOpen(doc.case.id);
  } catch (cause) {
    failure = cause;
  }
  doc ??= createDemoCase(now());
  const store = createAppStore(doc, now);
  const workspace: Workspace = { store, db, notices, autosave: null, ownership: null, unstored: new Set(), now };
  if (failure !== undefined) reportStorageError(workspace, failure);
  if (db) {
    // The demo could not be stored (say, a full disk): autosave keeps trying to create it.
    if (!stored) workspace.unstored.add(doc.case.id);
    startCaseStorage(workspace, db, options);
    applyOwnership(workspace, await claimCase(workspace, doc.case.id));
  }
  return workspace;
}
