/**
 * What the case menu, the import button and drag-and-drop do. Each action keeps the rule
 * "the open case is only replaced by a complete, valid document": failures become notices
 * and leave the store alone. Each also keeps "one tab owns a case" (caseOwner.ts): opening a
 * case claims it, and a case owned elsewhere opens read-only.
 */
import { createCase } from '../graph/create';
import { updateCaseInfo } from '../graph/commands';
import { ID_PREFIX, newId } from '../graph/ids';
import type { CaseDocument } from '../graph/schema';
import { downloadCase, prepareImport, readCaseFile } from '../storage/files';
import type { CaseSummary } from '../storage/db';
import { common } from '../i18n/common';
import { errors } from '../i18n/errors';
import { describeImportError } from '../i18n/importErrors';
import { applyOwnership, claimCase, releaseIfDone } from './caseOwner';
import { reportStorageError } from './storageNotice';
import { reportBrokenCase } from './brokenCaseNotice';
import type { Workspace } from './workspace';

export { reportStorageError, showStorageError } from './storageNotice';

async function guarded<T>(ws: Workspace, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (cause) {
    reportStorageError(ws, cause);
    return undefined;
  }
}

/**
 * Stores a case made in this tab (new, imported). When that fails the case is still opened,
 * and autosave keeps trying to store it; returns whether it is stored now.
 */
async function storeNew(ws: Workspace, doc: CaseDocument): Promise<boolean> {
  if (!ws.db) return false;
  const stored = await guarded(ws, async () => {
    await ws.db!.saveCase(doc, { create: true });
    return true;
  });
  if (!stored) ws.unstored.add(doc.case.id);
  return stored === true;
}

/**
 * Makes `doc` the open case: the previous case's pending edits are saved first, and it is let
 * go (once stored) for other tabs; the new one is claimed, or shown read-only.
 */
async function show(ws: Workspace, doc: CaseDocument): Promise<void> {
  const previous = ws.store.getState().doc.case.id;
  await ws.autosave?.flush();
  const owned = await claimCase(ws, doc.case.id);
  ws.store.getState().load(doc);
  applyOwnership(ws, owned);
  if (previous !== doc.case.id) releaseIfDone(ws, previous);
  if (ws.db) await guarded(ws, () => ws.db!.setLastOpen(doc.case.id));
}

/** Opens the most recent stored case, or a new empty one when none is left. */
async function openMostRecent(ws: Workspace): Promise<void> {
  const rest = ws.db ? ((await guarded(ws, () => ws.db!.listCases())) ?? []) : [];
  for (const summary of rest) {
    const read = await guarded(ws, () => ws.db!.loadCase(summary.id));
    if (read?.ok) return show(ws, read.value);
  }
  await newCase(ws);
}

export async function listCases(ws: Workspace): Promise<CaseSummary[]> {
  const open = ws.store.getState().doc.case;
  if (!ws.db) return [{ id: open.id, title: open.title, updatedAt: open.updatedAt }];
  await ws.autosave?.flush();
  return (await guarded(ws, () => ws.db!.listCases())) ?? [];
}

export async function openCase(ws: Workspace, id: string): Promise<boolean> {
  if (id === ws.store.getState().doc.case.id) return true;
  const read = ws.db ? await guarded(ws, () => ws.db!.loadCase(id)) : undefined;
  if (!read) {
    ws.notices.getState().push({ kind: 'error', text: errors.caseMissing });
    return false;
  }
  // Through the same gate as a file: a damaged record is reported, not rendered.
  if (!read.ok) {
    reportBrokenCase(ws.notices, read);
    return false;
  }
  await show(ws, read.value);
  return true;
}

export async function newCase(ws: Workspace): Promise<void> {
  const doc = createCase({ id: newId(ID_PREFIX.case), title: common.cases.newCaseTitle, now: ws.now() });
  const stored = await storeNew(ws, doc);
  await show(ws, doc);
  // A new case starts at the beginning of the method.
  ws.store.getState().setSession({ step: '1' });
  if (ws.db && !stored) ws.notices.getState().push({ kind: 'info', text: common.notices.createdNotSaved(doc.case.title) });
}

export async function renameCase(ws: Workspace, id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) return;
  if (id === ws.store.getState().doc.case.id) {
    // Through the store, so it is one undo step and autosave cannot write the old title back.
    ws.store.getState().run(updateCaseInfo, { title: trimmed });
    await ws.autosave?.flush();
    return;
  }
  if (!ws.db) return;
  // Another tab with this case open would write its own title back: rename it there.
  const wasOwned = ws.ownership?.owns(id) ?? true;
  if (!(await claimCase(ws, id))) {
    ws.notices.getState().push({ kind: 'error', key: 'rename', text: common.tabs.renameElsewhere });
    return;
  }
  await guarded(ws, () => ws.db!.renameCase(id, trimmed, ws.now()));
  if (!wasOwned) ws.ownership?.release(id);
}

export async function duplicateCase(ws: Workspace, id: string): Promise<void> {
  if (!ws.db) return;
  await ws.autosave?.flush();
  const original = await guarded(ws, () => ws.db!.loadCase(id));
  if (!original) return;
  // A case that cannot be opened is not copied either: the copy could not be opened.
  if (!original.ok) return reportBrokenCase(ws.notices, original);
  await guarded(ws, () =>
    ws.db!.duplicateCase(id, { id: newId(ID_PREFIX.case), title: common.cases.copyTitle(original.value.case.title), now: ws.now() }),
  );
}

/**
 * Deletes a stored case; deleting the open one opens the next most recent (or a new empty case).
 * Other tabs are told, so a tab that has it open closes it rather than keeping it in memory (and
 * its saves are refused by the database anyway).
 */
export async function deleteCase(ws: Workspace, id: string): Promise<void> {
  const wasOpen = id === ws.store.getState().doc.case.id;
  const title = wasOpen ? ws.store.getState().doc.case.title : undefined;
  if (!ws.db) return;
  if (wasOpen) await ws.autosave?.flush();
  const done = await guarded(ws, async () => {
    await ws.db!.deleteCase(id);
    return true;
  });
  if (!done) return;
  forget(ws, id);
  ws.ownership?.announceDeleted(id);
  if (wasOpen) await openMostRecent(ws);
  if (title !== undefined) ws.notices.getState().push({ kind: 'info', text: common.notices.deleted(title) });
}

/** Nothing of a deleted case is kept or written again by this tab. */
function forget(ws: Workspace, id: string): void {
  ws.autosave?.drop(id);
  ws.unstored.delete(id);
  ws.ownership?.release(id);
}

/**
 * A case was deleted in another tab (or a save found it gone): close it here if it is open, so
 * the deletion holds and nobody keeps working on a case that is no longer kept.
 */
export async function caseDeletedElsewhere(ws: Workspace, id: string): Promise<void> {
  forget(ws, id);
  const open = ws.store.getState().doc.case;
  if (open.id !== id) return;
  await openMostRecent(ws);
  ws.notices.getState().push({ kind: 'info', text: common.notices.deletedElsewhere(open.title) });
}

/** Imports a chosen or dropped file as a new case and opens it; a refused file changes nothing. */
export async function importFile(ws: Workspace, file: File): Promise<boolean> {
  const notices = ws.notices.getState();
  const read = await readCaseFile(file, { tooLarge: errors.importTooLarge, unreadable: errors.importUnreadable });
  if (!read.ok) {
    notices.push({ kind: 'error', key: 'import', text: errors.importFailed(file.name, read.error.message) });
    return false;
  }
  const taken = new Set((await listCases(ws)).map((c) => c.id));
  taken.add(ws.store.getState().doc.case.id);
  const prepared = await prepareImport(read.value, taken, () => newId(ID_PREFIX.case), {
    onSlow: () => notices.push({ kind: 'info', key: 'import', text: errors.importReading }),
  });
  if (!prepared.ok) {
    notices.push({ kind: 'error', key: 'import', text: errors.importFailed(file.name, describeImportError(prepared.error)) });
    return false;
  }
  const doc = prepared.value;
  const stored = await storeNew(ws, doc);
  await show(ws, doc);
  notices.dismissKey('import');
  // Never confirm what was not stored: under a full disk the case is open, in memory only.
  const title = doc.case.title;
  const text = stored
    ? common.notices.imported(title)
    : ws.db
      ? common.notices.importedNotSaved(title)
      : common.notices.importedNoStorage(title);
  notices.push({ kind: 'info', text });
  return true;
}

/** Stores and opens a case made in this tab from existing data (a snapshot opened as a new case). */
export async function openNewCase(ws: Workspace, doc: CaseDocument): Promise<boolean> {
  const stored = await storeNew(ws, doc);
  await show(ws, doc);
  return stored;
}

export function exportOpenCase(ws: Workspace): void {
  downloadCase(ws.store.getState().doc);
}
