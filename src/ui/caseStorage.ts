/**
 * Wires a workspace's storage together: which cases this tab owns (Web Locks, a channel between
 * tabs) and autosave, which only writes cases this tab owns, retries failures, and turns the
 * database's refusals (a case deleted, or taken over by another tab) into what the user sees.
 */
import { startAutosave } from '../storage/autosave';
import { createCaseOwnership, type ChannelLike, type LockManagerLike } from '../storage/caseOwnership';
import type { CaseDb } from '../storage/db';
import { caseDeletedElsewhere } from './caseActions';
import { handOver, lostCase, releaseIfDone } from './caseOwner';
import { clearStorageError, showStorageError } from './storageNotice';
import { LockedError } from '../storage/keyring';
import { lockApp } from './security/securityActions';
import type { Workspace } from './workspace';

const CHANNEL_NAME = 'netwerkkaart';

export interface StorageOptions {
  target?: Window;
  /** The Web Locks API; omitted: the browser's; null: none (every claim succeeds). */
  locks?: LockManagerLike | null;
  /** How tabs talk to each other; omitted: a BroadcastChannel; null: none. */
  channel?: ChannelLike | null;
}

/** Tells this tab's saves from another tab's; needs no more than to differ. */
function tabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${Date.now()}-${Math.random()}`;
}

function defaultLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function defaultChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
}

export function startCaseStorage(ws: Workspace, database: CaseDb, options: StorageOptions): void {
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

  const ownership = createCaseOwnership({
    locks: options.locks === undefined ? defaultLocks() : options.locks,
    channel: options.channel === undefined ? defaultChannel() : options.channel,
    onLost: (id) => lostCase(ws, id),
    onDeleted: (id) => void caseDeletedElsewhere(ws, id),
    beforeRelease: (id) => handOver(ws, id),
    onGained: markWriter,
  });
  ws.ownership = ownership;

  ws.autosave = startAutosave(ws.store, {
    save: async (doc) => {
      const id = doc.case.id;
      const mark = unmarked.has(id);
      await database.saveCase(doc, { create: ws.unstored.has(id), writer: { tab, mark } });
      ws.unstored.delete(id);
      if (mark) unmarked.delete(id);
    },
    // A tab that does not own the case only looks at it: nothing of it is written from here.
    canSave: (doc) => ownership.owns(doc.case.id),
    onError: (error, doc) => {
      const id = doc.case.id;
      if (error.code === 'deleted') {
        void caseDeletedElsewhere(ws, id);
      } else if (error.code === 'locked') {
        // No alert: the lock screen says it. A key changed in another tab locks this one; the
        // save waits (retried) until the new passphrase is given.
        if (error.cause instanceof LockedError && error.cause.reason === 'key-changed') void lockApp(ws, 'elsewhere');
      } else if (error.code === 'taken') {
        // The lock may not have told us yet; the database already knows another tab writes it.
        ownership.release(id);
        lostCase(ws, id);
      } else {
        showStorageError(ws.notices, error);
      }
    },
    onRecovered: () => clearStorageError(ws.notices),
    onSaved: (doc) => releaseIfDone(ws, doc.case.id),
    onStatus: (status) => ws.saveStatus.setState({ status }),
    target: options.target,
  });
}
