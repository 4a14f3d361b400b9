/**
 * The gate for a case read back from IndexedDB: readCase, the same checks as a file (version
 * and migrations, nulls, depth, schema, references), on the stored object itself — no round
 * trip through text. A record damaged by another version of the app, a browser bug or a hand
 * edit is refused with a place and a reason instead of being rendered; an older one is migrated
 * in memory. Nothing is written: the record stays as it is until the case is saved again.
 */
import { readCase, type ReadOptions } from '../graph/readCase';
import type { ImportError } from '../graph/importError';
import type { CaseDocument } from '../graph/schema';
import type { Result } from '../graph/result';

export function readStoredCase(raw: unknown, options: ReadOptions = {}): Result<CaseDocument, ImportError> {
  return readCase(raw, options);
}
