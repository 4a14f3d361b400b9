/**
 * Case files on disk: `.netwerkkaart.json` in, `.netwerkkaart.json` out.
 * Importing never touches the open case: it yields a new document (with a fresh case id when
 * the file's id is already taken on this device) that the caller then stores and opens.
 */
import { serializeCase, type ImportError } from '../graph/parse';
import { LIMITS, type CaseDocument } from '../graph/schema';
import { err, ok, type Result } from '../graph/result';
import { parseOffThread, type OffThreadOptions } from './parseOffThread';

export type { ImportError };

/** Reading the file itself failed (or it is too big to read): not the domain's business. */
export type FileReadError = { code: 'too-large' | 'unreadable'; path: ''; message: string };

export const FILE_SUFFIX = '.netwerkkaart.json';

/**
 * Parses a case file (its bytes, or text) for import as a new case, in a worker so the page
 * stays responsive. `takenIds` are the case ids already on this device (including the open
 * case), so the import can never overwrite one of them.
 */
export async function prepareImport(
  file: Uint8Array | string,
  takenIds: ReadonlySet<string>,
  makeId: () => string,
  options: OffThreadOptions = {},
): Promise<Result<CaseDocument, ImportError>> {
  const parsed = await parseOffThread(file, options);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!takenIds.has(doc.case.id)) return parsed;
  let id = makeId();
  while (takenIds.has(id)) id = makeId();
  return ok({ ...doc, case: { ...doc.case, id } });
}

/**
 * Reads a dropped or chosen file's bytes, refusing absurd sizes before reading them into memory.
 * Bytes, not text: Blob.text() would turn a Latin-1 file into replacement characters silently;
 * prepareImport decodes strictly and says so.
 */
export async function readCaseFile(file: Blob, messages: { tooLarge: string; unreadable: string }): Promise<Result<Uint8Array, FileReadError>> {
  if (file.size > LIMITS.fileBytes) return err({ code: 'too-large', path: '', message: messages.tooLarge });
  try {
    return ok(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return err({ code: 'unreadable', path: '', message: messages.unreadable });
  }
}

/**
 * A file name that every operating system accepts: no path separators, reserved or control
 * characters, no leading dots, not too long. Letters from any script are kept.
 */
export function safeFileName(title: string, fallback = 'casus', suffix = FILE_SUFFIX): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 80)
    .trim();
  const base = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? `${cleaned}-` : cleaned;
  return `${base || fallback}${suffix}`;
}

/** Offers the document as a download. Only a local blob URL is involved: nothing leaves the device. */
export function downloadCase(doc: CaseDocument, fallbackName?: string): string {
  const name = safeFileName(doc.case.title, fallbackName);
  downloadBlob(new Blob([serializeCase(doc)], { type: 'application/json' }), name);
  return name;
}

/** Any export (case file, PDF, SVG, PNG) leaves the app this one way: a local blob URL. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
