/**
 * Storage failures sorted into the few cases the user can act on. The UI turns the code
 * into a Dutch message; the cause is kept for the console and for tests.
 */
import { LockedError } from './keyring';

export type StorageErrorCode = 'quota' | 'unavailable' | 'unknown' | 'deleted' | 'taken' | 'locked';

/**
 * A save of a case that is no longer stored: it was deleted (perhaps in another tab), and
 * writing it back would undo the deletion. Never retried.
 */
export class CaseGoneError extends Error {
  override name = 'CaseGoneError';
  constructor(readonly caseId: string) {
    super(`case ${caseId} is no longer stored`);
  }
}

export interface StorageError {
  code: StorageErrorCode;
  cause: unknown;
}

export function classifyStorageError(cause: unknown): StorageError {
  const name = typeof cause === 'object' && cause !== null && 'name' in cause ? String(cause.name) : '';
  if (cause instanceof CaseGoneError) return { code: 'deleted', cause };
  if (cause instanceof CaseTakenError) return { code: 'taken', cause };
  // Locked, or the passphrase changed in another tab: the write waits (retried) for the unlock.
  if (cause instanceof LockedError) return { code: 'locked', cause };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { code: 'quota', cause };
  // Private windows, disabled storage, a blocked or closed database, or no IndexedDB at all.
  if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError', 'AbortError', 'VersionError'].includes(name))
    return { code: 'unavailable', cause };
  return { code: 'unknown', cause };
}

/**
 * A save from a tab that no longer owns the case: another tab took it over and marked itself
 * the writer. Refused in the write's own transaction, so a tab that was too busy to hear of the
 * take-over in time still cannot overwrite the new owner's work. Never retried.
 */
export class CaseTakenError extends Error {
  override name = 'CaseTakenError';
  constructor(readonly caseId: string) {
    super(`case ${caseId} is written by another tab`);
  }
}

/** Failures that may pass (space freed, a lock or a hiccup gone): worth trying again later. */
export function isRetryable(error: StorageError): boolean {
  return error.code !== 'deleted' && error.code !== 'taken';
}
