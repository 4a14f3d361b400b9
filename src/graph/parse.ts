/**
 * Reading and writing `.netwerkkaart.json` files. Loading is
 *   (bytes -> strict UTF-8, see decode.ts) size -> empty -> JSON -> readCase (the gate every
 *   case passes: format, version and migrations, schema, references),
 * and returns a Result: a refused file never throws and never touches the open case.
 */
import { LIMITS, type CaseDocument } from './schema';
import { err, type Result } from './result';
import type { ImportError } from './importError';
import { jsonErrorPlace } from './jsonError';
import { decodeCaseBytes } from './decode';
import { readCase, type ReadOptions } from './readCase';

export type { ImportError, ImportErrorCode } from './importError';
export { MAX_DEPTH } from './stripNulls';

export type ParseOptions = ReadOptions;

const tooLarge = (): Result<never, ImportError> => err({ code: 'too-large', path: '', params: { maxBytes: LIMITS.fileBytes } });

export function parseCase(text: string, options: ParseOptions = {}): Result<CaseDocument, ImportError> {
  if (utf8Length(text) > LIMITS.fileBytes) return tooLarge();
  if (text.trim() === '') return err({ code: 'empty', path: '', params: {} });
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return err({ code: 'json-syntax', path: '', params: jsonErrorPlace(text) ?? {} });
  }
  return readCase(raw, options);
}

/** A file's bytes: strict UTF-8 first (a Latin-1 file is refused, not mangled), then parseCase. */
export function parseCaseBytes(bytes: Uint8Array, options: ParseOptions = {}): Result<CaseDocument, ImportError> {
  // Refuse an absurd size before decoding it into a string twice as large.
  if (bytes.length > LIMITS.fileBytes) return tooLarge();
  const text = decodeCaseBytes(bytes);
  if (!text.ok) return text;
  return parseCase(text.value, options);
}

/** Pretty JSON (2 spaces, final newline) that parseCase reads back as an equal document. */
export function serializeCase(doc: CaseDocument): string {
  // Format and version first, so a reader (or a `head` of the file) sees what it is at once.
  const { format, version, case: info, ...rest } = doc;
  return `${JSON.stringify({ format, version, case: info, ...rest }, null, 2)}\n`;
}

function utf8Length(text: string): number {
  // A UTF-8 byte count is never below the UTF-16 length, so most files skip the exact count.
  if (text.length > LIMITS.fileBytes) return text.length;
  if (text.length * 3 <= LIMITS.fileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}
