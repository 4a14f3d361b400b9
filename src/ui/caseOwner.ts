/**
 * What the shell does about a case being open in two tabs: only the owning tab may change and
 * store it (see storage/caseOwnership.ts). A tab that opens a case owned elsewhere shows it
 * read-only and offers to take over; a tab whose case was taken over stops writing and says so,
 * with the same offer to take it back. Nothing changes hands silently.
 */
import { common } from '../i18n/common';
import { errors } from '../i18n/errors';
import { classifyStorageError } from '../storage/errors';
import { showStorageError } from './storageNotice';
import { reportBrokenCase } from './brokenCaseNotice';
import type { StoredRead } from '../storage/db';
import { flushDrafts } from './useTypingCommit';
import type { Workspace } from './workspace';

const KEY = 'ownership';

// Per workspace, the wait for the owning tab to let go of the open case (see watch()).
const watching = new WeakMap<Workspace, AbortController>();

/** Stops waiting for another tab to let go (another case opened, or taking over now). */
export function stopWatching(ws: Workspace): void {
  watching.get(ws)?.abort();
  watching.delete(ws);
}

/**
 * A read-only tab waits for the owner to let go (its tab closed, or it opened another case),
 * then continues on its own with what the owner stored last: no click needed.
 */
function watch(ws: Workspace, caseId: string): void {
  if (!ws.ownership || !ws.db) return;
  stopWatching(ws);
  const controller = new AbortController();
  watching.set(ws, controller);
  void ws.ownership.waitFor(caseId, controller.signal).then(async (owned) => {
    if (!owned) return;
    if (watching.get(ws) === controller) watching.delete(ws);
    if (controller.signal.aborted || openId(ws) !== caseId) {
      ws.ownership?.release(caseId);
      return;
    }
    if (await reloadOwned(ws, caseId)) ws.notices.getState().push({ kind: 'info', text: common.tabs.freed });
  });
}

/** This tab owns `caseId` now: show what was stored last and allow edits. False if it is gone. */
async function reloadOwned(ws: Workspace, caseId: string): Promise<boolean> {
  let fresh: StoredRead | undefined;
  try {
    fresh = await ws.db!.loadCase(caseId);
  } catch (cause) {
    showStorageError(ws.notices, classifyStorageError(cause));
  }
  if (openId(ws) !== caseId) {
    // Another case was opened meanwhile.
    ws.ownership?.release(caseId);
    return false;
  }
  if (!fresh) {
    ws.ownership?.release(caseId);
    ws.notices.getState().push({ kind: 'error', key: KEY, text: errors.caseMissing });
    return false;
  }
  if (!fresh.ok) {
    // What the other tab stored does not pass the gate (say, a newer app version wrote it):
    // said, and this tab stays read-only on what it shows.
    ws.ownership?.release(caseId);
    reportBrokenCase(ws.notices, fresh);
    return false;
  }
  ws.store.getState().load(fresh.value);
  ws.store.getState().setReadOnly(false);
  ws.notices.getState().dismissKey(KEY);
  return true;
}

function openId(ws: Workspace): string {
  return ws.store.getState().doc.case.id;
}

function offerTakeOver(ws: Workspace, text: string): void {
  ws.notices.getState().push({
    kind: 'error',
    key: KEY,
    text,
    persistent: true,
    action: { label: common.tabs.takeOver, run: () => void takeOver(ws) },
  });
}

/** Owns `caseId` if no other tab has it open; true when this tab may edit it. */
export async function claimCase(ws: Workspace, caseId: string): Promise<boolean> {
  return ws.ownership ? ws.ownership.claim(caseId) : true;
}

/** Makes the store writable or read-only for the case just opened, and says why when read-only. */
export function applyOwnership(ws: Workspace, owned: boolean): void {
  stopWatching(ws);
  ws.store.getState().setReadOnly(!owned);
  if (owned) {
    ws.notices.getState().dismissKey(KEY);
  } else {
    offerTakeOver(ws, common.tabs.openElsewhere);
    watch(ws, openId(ws));
  }
}

/** "Hier verder werken": takes the open case over and reads what the other tab stored last. */
export async function takeOver(ws: Workspace): Promise<void> {
  if (!ws.ownership || !ws.db) return;
  const id = openId(ws);
  // Our own queued wait would otherwise get the lock first, and the take-over steal it from us.
  stopWatching(ws);
  await ws.ownership.takeOver(id);
  if (await reloadOwned(ws, id)) ws.notices.getState().push({ kind: 'info', text: common.tabs.tookOver });
}

/**
 * Another tab asks for a case this tab owns: what is being typed is committed, then no more
 * edits here, and everything pending is stored before the other tab reads the case.
 */
export async function handOver(ws: Workspace, caseId: string): Promise<void> {
  if (caseId === openId(ws)) {
    flushDrafts();
    ws.store.getState().setReadOnly(true);
  }
  await ws.autosave?.flush();
}

/** This tab lost a case to another tab: stop writing it, and if it is the open one, say so. */
export function lostCase(ws: Workspace, caseId: string): void {
  ws.autosave?.drop(caseId);
  if (caseId !== openId(ws)) return;
  ws.store.getState().setReadOnly(true);
  offerTakeOver(ws, common.tabs.takenOver);
  watch(ws, caseId);
}

/** A case this tab switched away from is let go once its last change is stored. */
export function releaseIfDone(ws: Workspace, caseId: string): void {
  if (caseId === openId(ws) || ws.autosave?.hasUnsaved(caseId)) return;
  ws.ownership?.release(caseId);
}
