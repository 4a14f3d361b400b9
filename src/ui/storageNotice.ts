/**
 * The one storage alert: whatever failed (autosave, start-up, a case action) it is shown under
 * one key, so a failure that repeats on every change does not pile up, and it goes away as soon
 * as a save works again.
 */
import { classifyStorageError, type StorageError } from '../storage/errors';
import { errors } from '../i18n/errors';
import type { NoticeStore } from './notices';

const KEY = 'storage';

export function showStorageError(notices: NoticeStore, error: StorageError): void {
  console.error(error.cause);
  notices.getState().push({ kind: 'error', key: KEY, text: errors.storage[error.code] });
}

export function reportStorageError(ws: { notices: NoticeStore }, cause: unknown): void {
  showStorageError(ws.notices, classifyStorageError(cause));
}

/** A save worked and nothing else is waiting: the alert no longer tells the truth. */
export function clearStorageError(notices: NoticeStore): void {
  notices.getState().dismissKey(KEY);
}
