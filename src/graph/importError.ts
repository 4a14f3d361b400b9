/**
 * Why a file or a stored case is refused: a code, the place (`relations[3].to`, '' for the
 * whole file) and the parameters the sentence needs, e.g.
 * `{ code: 'dangling-ref', path: 'relations[3].to', params: { kind: 'person', id: 'p9' } }`.
 * The domain says what is wrong; src/i18n/importErrors.ts (describeImportError) says it in
 * Dutch. Plain data, so it crosses from the parse worker unchanged.
 */
import type { DecodeError } from './decode';
import type { JsonSyntaxReason } from './jsonError';
import type { Found } from './paths';
import type { Problem } from './problems';
import type { SchemaIssue } from './schemaIssues';

type At<C extends string, P> = { code: C; path: string; params: P };
type Empty = Record<string, never>;

/** Where JSON.parse failed, as the scanner in jsonError.ts found it; `{}` when it found nothing. */
export type JsonSyntaxParams = { line: number; column: number; truncated: boolean; reason: JsonSyntaxReason | null } | Empty;

/** About the file as a whole (path ''). */
export type FileError =
  | DecodeError
  | At<'too-large', { maxBytes: number }>
  | At<'too-deep', { maxDepth: number }>
  | At<'empty', Empty>
  | At<'json-syntax', JsonSyntaxParams>
  | At<'other-format', { format: string }>
  /** zod reported nothing to name (it always does; kept so a refusal never lacks a reason). */
  | At<'invalid', Empty>;

/** About `version` (path 'version'); a missing version is `missing` (a SchemaIssue). */
export type VersionError =
  | At<'bad-version', { found: Found }>
  | At<'too-new', { version: number; current: number }>
  /** No migration continues the chain at `stuckAt` (on the way up from `version`). */
  | At<'migration', { version: number; stuckAt: number }>;

export type ImportError = FileError | VersionError | SchemaIssue | Problem;
export type ImportErrorCode = ImportError['code'];
