/**
 * What the case menu, the import button and drag-and-drop do. Each action keeps the rule
 * "the open case is only replaced by a complete, valid document": failures become notices
 * and leave the store alone.
 */
import { createCase } from '../graph/create';
import { updateCaseInfo } from '../graph/commands';
import { ID_PREFIX, newId } from '../graph/ids';
import type { CaseDocument } from '../graph/schema';
import { classifyStorageError, type StorageError } from '../storage/errors';
import { downloadCase, prepareImport, readCaseFile } from '../storage/files';
import type { CaseSummary } from '../storage/db';
import { common } from '../i18n/common';
import { errors } from '../i18n/errors';
import type { NoticeStore } from './notices';
import type { Workspace } from './workspace';

/** One storage notice at a time (keyed), whatever failed: autosave, start-up or a case action. */
export function showStorageError(notices: NoticeStore, error: StorageError): void {
  console.error(error.cause);
  notices.getState().push({ kind: 'error', key: 'storage', text: errors.storage[error.code] });
}

export function reportStorageError(ws: Workspace, cause: unknown): void {
  showStorageError(ws.notices, classifyStorageError(cause));
}

async function guarded<T>(ws: Workspace, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (cause) {
    reportStorageError(ws, cause);
    return undefined;
  }
}

/** Makes `doc` the open case: the previous case's pending edits are saved first. */
async function show(ws: Workspace, doc: CaseDocument): Promise<void> {
  await ws.autosave?.flush();
  ws.store.getState().load(doc);
  if (ws.db) await guarded(ws, () => ws.db!.setLastOpen(doc.case.id));
}

export async function listCases(ws: Workspace): Promise<CaseSummary[]> {
  const open = ws.store.getState().doc.case;
  if (!ws.db) return [{ id: open.id, title: open.title, updatedAt: open.updatedAt }];
  await ws.autosave?.flush();
  return (await guarded(ws, () => ws.db!.listCases())) ?? [];
}

export async function openCase(ws: Workspace, id: string): Promise<boolean> {
  if (id === ws.store.getState().doc.case.id) return true;
  const doc = ws.db ? await guarded(ws, () => ws.db!.loadCase(id)) : undefined;
  if (!doc) {
    ws.notices.getState().push({ kind: 'error', text: errors.caseMissing });
    return false;
  }
  await show(ws, doc);
  return true;
}

export async function newCase(ws: Workspace): Promise<void> {
  const doc = createCase({ id: newId(ID_PREFIX.case), title: common.cases.newCaseTitle, now: ws.now() });
  if (ws.db) await guarded(ws, () => ws.db!.saveCase(doc));
  await show(ws, doc);
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
  if (ws.db) await guarded(ws, () => ws.db!.renameCase(id, trimmed, ws.now()));
}

export async function duplicateCase(ws: Workspace, id: string): Promise<void> {
  if (!ws.db) return;
  await ws.autosave?.flush();
  const original = await guarded(ws, () => ws.db!.loadCase(id));
  if (!original) return;
  await guarded(ws, () =>
    ws.db!.duplicateCase(id, { id: newId(ID_PREFIX.case), title: common.cases.copyTitle(original.case.title), now: ws.now() }),
  );
}

/** Deletes a stored case; deleting the open one opens the next most recent (or a new empty case). */
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
  if (wasOpen) {
    const rest = (await guarded(ws, () => ws.db!.listCases())) ?? [];
    const next = rest[0] ? await guarded(ws, () => ws.db!.loadCase(rest[0]!.id)) : undefined;
    if (next) await show(ws, next);
    else await newCase(ws);
  }
  if (title !== undefined) ws.notices.getState().push({ kind: 'info', text: common.notices.deleted(title) });
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
    notices.push({ kind: 'error', key: 'import', text: errors.importFailed(file.name, prepared.error.message) });
    return false;
  }
  const doc = prepared.value;
  if (ws.db) await guarded(ws, () => ws.db!.saveCase(doc));
  await show(ws, doc);
  notices.dismissKey('import');
  notices.push({ kind: 'info', text: common.notices.imported(doc.case.title) });
  return true;
}

export function exportOpenCase(ws: Workspace): void {
  downloadCase(ws.store.getState().doc);
}
