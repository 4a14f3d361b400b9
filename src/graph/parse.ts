/**
 * Reading and writing `.netwerkkaart.json` files. Loading is
 *   size -> empty -> JSON -> format -> version (refuse newer, migrate older) -> nulls stripped
 *   -> zod shape -> references,
 * and returns a Result: a refused file never throws and never touches the open case.
 */
import { CURRENT_VERSION, FORMAT_NAME, LIMITS, VIEWS, caseDocumentSchema, type CaseDocument } from './schema';
import { err, ok, type Result } from './result';
import { MIGRATIONS, migrate, type Migration, type RawCase } from './migrations';
import { firstProblem } from './validate';
import type { ProblemCode } from './problems';
import { describeIssue, dutchErrorMap, humanPath, type SchemaIssueCode } from './zodMessages';

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'other-format'
  | 'bad-version'
  | 'too-new'
  | 'migration'
  | SchemaIssueCode
  | ProblemCode;

export interface ImportError {
  code: ImportErrorCode;
  /** 'relations[3].to', or '' for the whole file. */
  path: string;
  /** Dutch, starting with the path when there is one. */
  message: string;
}

export interface ParseOptions {
  /** For tests: a different migration list (the real one is MIGRATIONS). */
  migrations?: readonly Migration[];
}

const fail = (code: ImportErrorCode, path: string, reason: string): Result<never, ImportError> =>
  err({ code, path, message: path ? `${path}: ${reason}` : reason });

export function parseCase(text: string, options: ParseOptions = {}): Result<CaseDocument, ImportError> {
  if (utf8Length(text) > LIMITS.fileBytes) {
    return fail('too-large', '', `Het bestand is te groot (meer dan ${LIMITS.fileBytes / (1024 * 1024)} MB).`);
  }
  if (text.trim() === '') return fail('empty', '', 'Het bestand is leeg.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail('not-json', '', `Dit is geen geldig JSON-bestand${jsonErrorPlace(text, e)}.`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as RawCase).format !== FORMAT_NAME) {
    return fail('other-format', '', `Dit is geen Netwerkkaart-bestand: het veld "format" is niet "${FORMAT_NAME}".`);
  }
  try {
    return parseObject(raw as RawCase, options);
  } catch (e) {
    // Pathological nesting would later break JSON.stringify (autosave) or run out of stack.
    if (e instanceof TooDeep || e instanceof RangeError) {
      return fail('too-large', '', `Het bestand is te diep genest (meer dan ${MAX_DEPTH} niveaus).`);
    }
    throw e;
  }
}

function parseObject(raw: RawCase, options: ParseOptions): Result<CaseDocument, ImportError> {
  const version = raw.version;
  if (version === undefined || version === null) return fail('bad-version', 'version', 'ontbreekt');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail('bad-version', 'version', `moet een geheel getal zijn, maar is ${JSON.stringify(version)}`);
  }
  if (version > CURRENT_VERSION) {
    return fail(
      'too-new',
      'version',
      `dit bestand heeft versie ${version}, maar deze app kent alleen versie ${CURRENT_VERSION} en ouder. Werk de app bij om het te openen.`,
    );
  }
  const migrated = migrate(stripNulls(raw) as RawCase, version, CURRENT_VERSION, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return fail('migration', 'version', migrated.error.message);
  const parsed = caseDocumentSchema.safeParse(migrated.value, { error: dutchErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return fail('invalid', '', 'Het bestand klopt niet.');
    const { code, reason } = describeIssue(issue, migrated.value);
    return fail(code, humanPath(issue.path), reason);
  }
  const doc = pruneLayout(parsed.data);
  const problem = firstProblem(doc);
  if (problem) return err(problem);
  return ok(doc);
}

/** Pretty JSON (2 spaces, final newline) that parseCase reads back as an equal document. */
export function serializeCase(doc: CaseDocument): string {
  // Format and version first, so a reader (or a `head` of the file) sees what it is at once.
  const { format, version, case: info, ...rest } = doc;
  return `${JSON.stringify({ format, version, case: info, ...rest }, null, 2)}\n`;
}

/** The format nests 6 levels deep; unknown fields may add some, but not thousands. */
export const MAX_DEPTH = 64;

class TooDeep extends Error {}

/** `null` means absent (other tools write it for empty optional fields). Array items are kept. */
export function stripNulls(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((item) => stripNulls(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null) out[key] = stripNulls(item, depth + 1);
  }
  return out;
}

/** Manual positions of people who are not in the case are dropped: harmless leftovers. */
function pruneLayout(doc: CaseDocument): CaseDocument {
  if (!doc.layout) return doc;
  const people = new Set(doc.people.map((p) => p.id));
  const layout = { ...doc.layout };
  for (const view of VIEWS) {
    const positions = layout[view];
    if (positions) layout[view] = Object.fromEntries(Object.entries(positions).filter(([id]) => people.has(id)));
  }
  return { ...doc, layout };
}

function utf8Length(text: string): number {
  // A UTF-8 byte count is never below the UTF-16 length, so most files skip the exact count.
  if (text.length > LIMITS.fileBytes) return text.length;
  if (text.length * 3 <= LIMITS.fileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

/** " (regel 3, kolom 7)" from the engine's message, when it tells where. */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return ` (regel ${lineCol[1]}, kolom ${lineCol[2]})`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return ` (regel ${line}, kolom ${column})`;
  }
  if (/Unexpected end of JSON input/.test(message)) {
    const lines = text.split('\n');
    return ` (het bestand houdt halverwege op, regel ${lines.length})`;
  }
  return '';
}
