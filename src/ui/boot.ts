/**
 * Start-up: open the database, reopen the last open case (or the most recent one), and on the
 * very first start store and open the demo case. When the browser cannot store anything the
 * app still starts, on the demo case in memory, and says so.
 */
import { createDemoCase } from '../graph/demo';
import type { CaseDocument } from '../graph/schema';
import { createAppStore } from '../state/store';
import { startAutosave } from '../storage/autosave';
import { openCaseDb, type CaseDb } from '../storage/db';
import { reportStorageError, showStorageError } from './caseActions';
import { createNoticeStore } from './notices';
import type { Workspace } from './workspace';

async function firstDoc(db: CaseDb, now: Date): Promise<CaseDocument> {
  const lastId = await db.getLastOpen();
  const last = lastId ? await db.loadCase(lastId) : undefined;
  if (last) return last;
  const [recent] = await db.listCases();
  const recentDoc = recent ? await db.loadCase(recent.id) : undefined;
  if (recentDoc) return recentDoc;
  const demo = createDemoCase(now);
  await db.saveCase(demo);
  return demo;
}

export async function boot(options: { dbName?: string; now?: () => Date; target?: Window } = {}): Promise<Workspace> {
  const now = options.now ?? (() => new Date());
  const notices = createNoticeStore();
  let db: CaseDb | null = null;
  let doc: CaseDocument | undefined;
  let failure: unknown;
  try {
    db = await openCaseDb(options.dbName);
    doc = await firstDoc(db, now());
    await db.setLastOpen(doc.case.id);
  } catch (cause) {
    failure = cause;
  }
  doc ??= createDemoCase(now());
  const store = createAppStore(doc, now);
  const workspace: Workspace = { store, db, notices, autosave: null, now };
  if (failure !== undefined) reportStorageError(workspace, failure);
  if (db) {
    const database = db;
    workspace.autosave = startAutosave(store, {
      save: (d) => database.saveCase(d),
      onError: (e) => showStorageError(notices, e),
      target: options.target,
    });
  }
  return workspace;
}
