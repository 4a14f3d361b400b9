/**
 * The one gate for a case document, whatever it came from: a file (parseCase reads the text,
 * then calls this), an IndexedDB record (storage/db.ts loadCase, snapshots joined back in first). In order:
 *   format -> version (refuse newer, migrate older, snapshots included) -> nulls stripped and
 *   depth guarded -> zod shape -> `__proto__` keys put back -> references -> positions tidied,
 * and returns a Result: a refused case never throws and is never changed or written.
 */
import { z } from 'zod';
import { CURRENT_VERSION, FORMAT_NAME, caseDocumentSchema, pointSchema, type CaseDocument } from './schema';
import { err, ok, type Result } from './result';
import type { ImportError } from './importError';
import { MIGRATIONS, migrate, type Migration, type RawCase } from './migrations';
import { firstProblem } from './validate';
import { describeIssue, silentErrorMap, type SchemaIssue } from './schemaIssues';
import { sample } from './paths';
import { restoreProtoKeys } from './protoKeys';
import { MAX_DEPTH, TooDeep, stripNulls } from './stripNulls';
import { tidyLayout } from './tidyLayout';

export interface ReadOptions {
  /** For tests: a different migration list (the real one is MIGRATIONS). */
  migrations?: readonly Migration[];
  /** For tests: the version this reader is at, as if the app were newer (the real one is CURRENT_VERSION). */
  version?: number;
}

const isObject = (v: unknown): v is RawCase => v !== null && typeof v === 'object' && !Array.isArray(v);

export function readCase(raw: unknown, options: ReadOptions = {}): Result<CaseDocument, ImportError> {
  if (!isObject(raw) || raw.format !== FORMAT_NAME) return err({ code: 'other-format', path: '', params: { format: FORMAT_NAME } });
  try {
    return readObject(raw, options);
  } catch (e) {
    // A RangeError is the stack running out on nesting the depth guard did not see first.
    if (e instanceof TooDeep || e instanceof RangeError) return err({ code: 'too-deep', path: '', params: { maxDepth: MAX_DEPTH } });
    throw e;
  }
}

function readObject(raw: RawCase, options: ReadOptions): Result<CaseDocument, ImportError> {
  const target = options.version ?? CURRENT_VERSION;
  const version = raw.version;
  if (version === undefined || version === null) return err({ code: 'missing', path: 'version', params: {} });
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return err({ code: 'bad-version', path: 'version', params: { found: sample(version) } });
  }
  if (version > target) return err({ code: 'too-new', path: 'version', params: { version, current: target } });
  const seen = { protoKey: false };
  const stripped = stripNulls(raw, 0, seen) as RawCase;
  const migrated = migrate(stripped, version, target, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return err({ code: 'migration', path: 'version', params: { version, stuckAt: migrated.error.stuckAt } });
  const parsed = schemaAt(target).safeParse(migrated.value, { error: silentErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(issue ? describeIssue(issue, migrated.value) : { code: 'invalid', path: '', params: {} });
  }
  const doc = parsed.data as CaseDocument;
  if (seen.protoKey) {
    // zod drops `__proto__` keys; put them back, checking a position stored under one.
    let bad: SchemaIssue | null = null;
    restoreProtoKeys(migrated.value, doc, (path, value) => {
      if (bad || !isPositionPath(path)) return;
      const point = pointSchema.safeParse(value, { error: silentErrorMap });
      const issue = point.success ? undefined : point.error.issues[0];
      if (issue) bad = describeIssue({ ...issue, path: [...path, ...issue.path] }, migrated.value);
    });
    if (bad) return err(bad);
  }
  const tidy = tidyLayout(doc);
  const problem = firstProblem(tidy);
  return problem ? err(problem) : ok(tidy);
}

/** layout.<view>.<id>, or a snapshot's frozen snapshots[i].layout.<view>.<id>. */
const isPositionPath = (path: readonly (string | number)[]): boolean =>
  (path.length === 3 && path[0] === 'layout') || (path.length === 5 && path[0] === 'snapshots' && path[2] === 'layout');

/**
 * The schema of the version read: the app's own, or (tests only) the same shape at a pretend newer
 * version, whose document is then typed as the current one.
 */
function schemaAt(version: number) {
  return version === CURRENT_VERSION ? caseDocumentSchema : caseDocumentSchema.extend({ version: z.literal(version) });
}
