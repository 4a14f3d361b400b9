/**
 * Start-up: open the database, reopen the last open case (or the most recent one), and on the
 * very first start store and open the demo case. When the browser cannot store anything the
 * app still starts, on the demo case in memory, and says so. The case opened is claimed for
 * this tab; when another tab has it open, it opens read-only with the offer to take over.
 */
import { createDemoCase } from '../graph/demo';
import type { CaseDocument } from '../graph/schema';
import { createAppStore } from '../state/store';
import { startAutosave } from '../storage/autosave';
import { createCaseOwnership, type ChannelLike, type LockManagerLike } from '../storage/caseOwnership';
import { openCaseDb, type CaseDb } from '../storage/db';
import { caseDeletedElsewhere } from './caseActions';
import { applyOwnership, claimCase, handOver, lostCase, releaseIfDone } from './caseOwner';
import { createNoticeStore } from './notices';
import { clearStorageError, reportStorageError, showStorageError } from './storageNotice';
import type { Workspace } from './workspace';

const CHANNEL_NAME = 'netwerkkaart';

async function firstDoc(db: CaseDb, now: Date): Promise<{ doc: CaseDocument; stored: boolean }> {
  const lastId = await db.getLastOpen();
  const last = lastId ? await db.loadCase(lastId) : undefined;
  if (last) return { doc: last, stored: true };
  const [recent] = await db.listCases();
  const recentDoc = recent ? await db.loadCase(recent.id) : undefined;
  if (recentDoc) return { doc: recentDoc, stored: true };
  return { doc: createDemoCase(now), stored: false };
}

export interface BootOptions {
  dbName?: string;
  now?: () => Date;
  target?: Window;
  /** The Web Locks API; tests inject a fake (jsdom and Node have none). */
  locks?: LockManagerLike | null;
  /** How tabs talk to each other; tests inject a fake. */
  channel?: ChannelLike | null;
}

/** Tells this tab's saves from another tab's (see markWriter); needs no more than to differ. */
function tabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${Date.now()}-${Math.random()}`;
}

function defaultLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function defaultChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
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
    const database = db;
    const ws = workspace;
    // The demo could not be stored (say, a full disk): autosave keeps trying to create it.
    if (!stored) ws.unstored.add(doc.case.id);
    // A fence besides the lock: a tab that got a case's lock records itself as its writer, and the
    // database refuses saves from any other tab, e.g. one too busy to hear it lost the case.
    const tab = tabId();
    const unmarked = new Set<string>();
    const markWriter = (id: string) => {
      unmarked.add(id);
      database.markWriter(id, tab).then(
        () => unmarked.delete(id),
        // Stays unmarked: the next save marks it in its own transaction.
        (cause: unknown) => console.error(cause),
      );
    };
    ws.ownership = createCaseOwnership({
      locks: options.locks === undefined ? defaultLocks() : options.locks,
      channel: options.channel === undefined ? defaultChannel() : options.channel,
      onLost: (id) => lostCase(ws, id),
      onDeleted: (id) => void caseDeletedElsewhere(ws, id),
      beforeRelease: (id) => handOver(ws, id),
      onGained: markWriter,
    });
    const ownership = ws.ownership;
    ws.autosave = startAutosave(store, {
      save: async (d) => {
        const id = d.case.id;
        const mark = unmarked.has(id);
        await database.saveCase(d, { create: ws.unstored.has(id), writer: { tab, mark } });
        ws.unstored.delete(id);
        if (mark) unmarked.delete(id);
      },
      // A tab that does not own the case only looks at it: nothing of it is written from here.
      canSave: (d) => ownership.owns(d.case.id),
      onError: (error, d) => {
        if (error.code === 'deleted') void caseDeletedElsewhere(ws, d.case.id);
        else if (error.code === 'taken') {
          // The lock may not have told us yet; the database already knows another tab writes it.
          ownership.release(d.case.id);
          lostCase(ws, d.case.id);
        }
        else showStorageError(notices, error);
      },
      onRecovered: () => clearStorageError(notices),
      onSaved: (d) => releaseIfDone(ws, d.case.id),
      target: options.target,
    });
    applyOwnership(ws, await claimCase(ws, doc.case.id));
  }
  return workspace;
}
