/**
 * A stored case that fails the gate (db.loadCase): "Deze casus kan niet worden geopend: ..."
 * with the place and the reason. Only said: the record stays as it is, the open case too.
 */
import type { StoredRead } from '../storage/db';
import { errors } from '../i18n/errors';
import { describeImportError } from '../i18n/importErrors';
import type { NoticeStore } from './notices';

export type RefusedRead = Extract<StoredRead, { ok: false }>;

export function reportBrokenCase(notices: NoticeStore, read: RefusedRead): void {
  notices.getState().push({ kind: 'error', text: errors.storedCaseBroken(read.title, describeImportError(read.error)) });
}
