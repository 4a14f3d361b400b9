/**
 * The gate for a case read back from IndexedDB: the same checks as a file (version and
 * migrations, schema, references) through parseCase, so a record damaged by another version
 * of the app, a browser bug or a hand edit is refused with a place and a reason instead of
 * being rendered. Nothing is written: a refused record stays as it is.
 */
import { parseCase, serializeCase, type ImportError } from '../graph/parse';
import type { CaseDocument } from '../graph/schema';
import { err, type Result } from '../graph/result';

export function readStoredCase(raw: unknown): Result<CaseDocument, ImportError> {
  let text: string;
  try {
    text = serializeCase(raw as CaseDocument);
  } catch (cause) {
    console.warn('A stored case could not be read as text.', cause);
    return err({ code: 'invalid', path: '', params: {} });
  }
  return parseCase(text);
}
