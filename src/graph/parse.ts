/**
 * Reading and writing `.netwerkkaart.json` files. Loading is
 *   (bytes -> strict UTF-8, see decode.ts) size -> empty -> JSON -> format -> version (refuse
 *   newer, migrate older) -> nulls stripped -> zod shape -> references -> positions clamped,
 * and returns a Result: a refused file never throws and never touches the open case.
 */
import { COORDINATE_LIMIT, CURRENT_VERSION, clampCoordinate, FORMAT_NAME, LIMITS, VIEWS, caseDocumentSchema, pointSchema, type CaseDocument, type Point } from './schema';
import { err, ok, type Result } from './result';
import { MIGRATIONS, migrate, type Migration, type RawCase } from './migrations';
import { firstProblem } from './validate';
import type { ProblemCode } from './problems';
import { describeIssue, dutchErrorMap, type DescribedIssue, type SchemaIssueCode } from './zodMessages';
import { quote } from './paths';
import { jsonErrorPlace } from './jsonError';
import { restoreProtoKeys, setOwn } from './protoKeys';
import { decodeCaseBytes } from './decode';

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-utf8'
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

const TOO_LARGE = `Het bestand is te groot (meer dan ${LIMITS.fileBytes / (1024 * 1024)} MB).`;

export function parseCase(text: string, options: ParseOptions = {}): Result<CaseDocument, ImportError> {
  if (utf8Length(text) > LIMITS.fileBytes) return fail('too-large', '', TOO_LARGE);
  if (text.trim() === '') return fail('empty', '', 'Het bestand is leeg.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('not-json', '', notJsonMessage(text));
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

/** A file's bytes: strict UTF-8 first (a Latin-1 file is refused, not mangled), then parseCase. */
export function parseCaseBytes(bytes: Uint8Array, options: ParseOptions = {}): Result<CaseDocument, ImportError> {
  // Refuse an absurd size before decoding it into a string twice as large.
  if (bytes.length > LIMITS.fileBytes) return fail('too-large', '', TOO_LARGE);
  const text = decodeCaseBytes(bytes);
  if (!text.ok) return text;
  return parseCase(text.value, options);
}

function parseObject(raw: RawCase, options: ParseOptions): Result<CaseDocument, ImportError> {
  const version = raw.version;
  if (version === undefined || version === null) return fail('bad-version', 'version', 'ontbreekt');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail('bad-version', 'version', `moet een geheel getal zijn, maar is ${quote(version)}`);
  }
  if (version > CURRENT_VERSION) {
    return fail(
      'too-new',
      'version',
      `dit bestand heeft versie ${version}, maar deze app kent alleen versie ${CURRENT_VERSION} en ouder. Werk de app bij om het te openen.`,
    );
  }
  const seen = { protoKey: false };
  const stripped = stripNulls(raw, 0, seen) as RawCase;
  const migrated = migrate(stripped, version, CURRENT_VERSION, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return fail('migration', 'version', migrated.error.message);
  const parsed = caseDocumentSchema.safeParse(migrated.value, { error: dutchErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return fail('invalid', '', 'Het bestand klopt niet.');
    return failWith(describeIssue(issue, migrated.value));
  }
  let doc = parsed.data;
  if (seen.protoKey) {
    // zod drops `__proto__` keys; put them back, checking a position stored under one.
    let bad: DescribedIssue | null = null;
    restoreProtoKeys(migrated.value, doc, (path, value) => {
      if (bad || path.length !== 3 || path[0] !== 'layout') return;
      const point = pointSchema.safeParse(value, { error: dutchErrorMap });
      const issue = point.success ? undefined : point.error.issues[0];
      if (issue) bad = describeIssue({ ...issue, path: [...path, ...issue.path] }, migrated.value);
    });
    if (bad) return failWith(bad);
  }
  doc = clampLayout(pruneLayout(doc));
  const problem = firstProblem(doc);
  if (problem) return err(problem);
  return ok(doc);
}

const failWith = (d: DescribedIssue) => fail(d.code, d.path, d.reason);

/** Pretty JSON (2 spaces, final newline) that parseCase reads back as an equal document. */
export function serializeCase(doc: CaseDocument): string {
  // Format and version first, so a reader (or a `head` of the file) sees what it is at once.
  const { format, version, case: info, ...rest } = doc;
  return `${JSON.stringify({ format, version, case: info, ...rest }, null, 2)}\n`;
}

/** The format nests 6 levels deep; unknown fields may add some, but not thousands. */
export const MAX_DEPTH = 64;

class TooDeep extends Error {}

/**
 * `null` means absent (other tools write it for empty optional fields). Array items are kept.
 * Keys are copied as own data (also `__proto__`, which plain assignment would turn into the
 * prototype); `seen.protoKey` tells the caller one was met.
 */
export function stripNulls(value: unknown, depth = 0, seen: { protoKey: boolean } = { protoKey: false }): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((item) => stripNulls(item, depth + 1, seen));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null) continue;
    if (key === '__proto__') seen.protoKey = true;
    setOwn(out, key, stripNulls(item, depth + 1, seen));
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
    // Object.fromEntries defines own fields, so a position under "__proto__" stays data.
    if (positions) layout[view] = Object.fromEntries(Object.entries(positions).filter(([id]) => people.has(id)));
  }
  return { ...doc, layout };
}

/** Positions beyond ±COORDINATE_LIMIT (`1e308`) are pulled in: the person stays reachable on the map. */
function clampLayout(doc: CaseDocument): CaseDocument {
  if (!doc.layout) return doc;
  const far = (p: Point) => Math.abs(p.x) > COORDINATE_LIMIT || Math.abs(p.y) > COORDINATE_LIMIT;
  const layout = { ...doc.layout };
  let changed = false;
  for (const view of VIEWS) {
    const positions = layout[view];
    if (!positions || !Object.values(positions).some(far)) continue;
    changed = true;
    layout[view] = Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, far(p) ? { ...p, x: clampCoordinate(p.x), y: clampCoordinate(p.y) } : p]));
  }
  return changed ? { ...doc, layout } : doc;
}

function utf8Length(text: string): number {
  // A UTF-8 byte count is never below the UTF-16 length, so most files skip the exact count.
  if (text.length > LIMITS.fileBytes) return text.length;
  if (text.length * 3 <= LIMITS.fileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

/** "Dit is geen geldig JSON-bestand (regel 3, kolom 7): commentaar is in JSON niet toegestaan." */
function notJsonMessage(text: string): string {
  const place = jsonErrorPlace(text);
  if (!place) return 'Dit is geen geldig JSON-bestand.';
  const where = place.truncated
    ? `het bestand houdt halverwege op, regel ${place.line}, kolom ${place.column}`
    : `regel ${place.line}, kolom ${place.column}`;
  const reason = place.reason && !place.truncated ? `: ${place.reason}` : '';
  return `Dit is geen geldig JSON-bestand (${where})${reason}.`;
}

