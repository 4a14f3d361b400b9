/**
 * Start-up: open the database, reopen the last open case (or the most recent one), and on the
 * very first start store and open the demo case. When the browser cannot store anything the
 * app still starts, on the demo case in memory, and says so. The case opened is claimed for
 * this tab; when another tab has it open, it opens read-only with the offer to take over.
 */
import { createSaveStatusStore } from './saveStatus';
import { holdNetwerkkaartStill } from '../layout/holdStill';
import { createCase } from '../graph/create';
import { createDemoCase } from '../graph/demo';
import { ID_PREFIX, newId } from '../graph/ids';
import { common } from '../i18n/common';
import { errors } from '../i18n/errors';
import { describeImportError } from '../i18n/importErrors';
import type { CaseDocument } from '../graph/schema';
import type { ReadOptions } from '../graph/readCase';
import { createAppStore } from '../state/store';
import { openCaseDb, type CaseDb } from '../storage/db';
import { createKeyring } from '../storage/keyring';
import { unlockWith, type PassphraseResult } from '../storage/passphrase';
import { createSecurityStore } from './security/securityStore';
import { startCaseStorage, type StorageOptions } from './caseStorage';
import { applyOwnership, claimCase } from './caseOwner';
import { createNoticeStore } from './notices';
import { reportStorageError } from './storageNotice';
import type { Workspace } from './workspace';

interface Skipped {
  title: string;
  reason: string;
}

/**
 * The last open case, else the most recent one that passes the gate (db.loadCase reads through
 * readStoredCase); a case that fails is skipped and reported, never opened or rewritten. The
 * demo only on a first start.
 */
async function firstDoc(db: CaseDb, now: Date, skipped: Skipped[]): Promise<{ doc: CaseDocument; stored: boolean }> {
  const lastId = await db.getLastOpen();
  const cases = await db.listCases();
  const order = [...(lastId ? [lastId] : []), ...cases.map((c) => c.id).filter((id) => id !== lastId)];
  for (const id of order) {
    const read = await db.loadCase(id);
    if (read === undefined) continue;
    if (read.ok) return { doc: read.value, stored: true };
    skipped.push({ title: read.title, reason: describeImportError(read.error) });
  }
  if (skipped.length > 0) {
    // There are cases, only none can be opened: a new empty case, not the demo.
    return { doc: createCase({ id: newId(ID_PREFIX.case), title: common.cases.newCaseTitle, now }), stored: false };
  }
  return { doc: createDemoCase(now), stored: false };
}

/** `locks` and `channel` (StorageOptions) are injected by tests: jsdom and Node have no Web Locks. */
export interface BootOptions extends StorageOptions {
  dbName?: string;
  /** For tests: the migrations and version stored cases are read with (see openCaseDb). */
  read?: ReadOptions;
  now?: () => Date;
  /**
   * With a passphrase set, asked before any case is read: shows the lock screen and resolves
   * once `attempt` said 'ok'; `wipe` (the passphrase is forgotten) removes every case, then the
   * page is started again. Without it such a device cannot start (tests that need none).
   */
  unlock?: (attempt: (passphrase: string) => Promise<PassphraseResult>, wipe: () => Promise<void>) => Promise<void>;
}

export async function boot(options: BootOptions = {}): Promise<Workspace> {
  const now = options.now ?? (() => new Date());
  const notices = createNoticeStore();
  let db: CaseDb | null = null;
  let doc: CaseDocument | undefined;
  let stored = false;
  let failure: unknown;
  const skipped: Skipped[] = [];
  const keyring = createKeyring();
  try {
    db = await openCaseDb(options.dbName, options.read, keyring);
    if (await db.getSecurity()) {
      keyring.forget();
      const opened = db;
      if (!options.unlock) throw new Error('the cases are sealed and no way to unlock was given');
      await options.unlock((passphrase) => unlockWith(opened, keyring, passphrase), () => opened.wipe());
    }
    ({ doc, stored } = await firstDoc(db, now(), skipped));
    if (!stored) {
      await db.saveCase(doc, { create: true });
      stored = true;
    }
    await db.setLastOpen(doc.case.id);
  } catch (cause) {
    failure = cause;
  }
  doc ??= createDemoCase(now());
  const store = createAppStore(doc, now, { settle: holdNetwerkkaartStill });
  // Without a database, or when the first case could not be stored, nothing is stored yet.
  const saveStatus = createSaveStatusStore(db && stored ? 'saved' : 'failed');
  const security = db ? { keyring, store: createSecurityStore(keyring) } : undefined;
  const workspace: Workspace = { store, db, notices, autosave: null, ownership: null, unstored: new Set(), saveStatus, security, now };
  if (failure !== undefined) reportStorageError(workspace, failure);
  for (const s of skipped.slice(0, 3)) {
    notices.getState().push({ kind: 'error', text: errors.storedCaseSkipped(s.title, s.reason) });
  }
  if (db) {
    // The demo could not be stored (say, a full disk): autosave keeps trying to create it.
    if (!stored) workspace.unstored.add(doc.case.id);
    startCaseStorage(workspace, db, options);
    applyOwnership(workspace, await claimCase(workspace, doc.case.id));
  }
  return workspace;
}
