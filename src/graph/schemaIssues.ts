/**
 * Turns a zod issue into an error that names the place the way the file reads
 * (`people[0].gender`), with the value found and what is allowed, one code per kind of
 * sentence (src/i18n/importErrors.ts words them). zod's own messages never reach the user, so
 * none are built: `silentErrorMap` is passed per parse. Our own checks in schema.ts
 * (`.refine(..., 'not-iso-date')`) put their code in the message slot, which zod keeps.
 */
import type { z } from 'zod';
import { LIMITS, YEARS } from './schema';
import { clip, humanPath, sample, type Found } from './paths';

/** zod would otherwise build an English (or its Dutch locale's) message for every issue. */
export const silentErrorMap = (): string => '';

/** The bounds that apply to a number: both for a year, else what zod reported (none for "finite"). */
export interface Range {
  min?: number;
  max?: number;
}

type At<C extends string, P> = { code: C; path: string; params: P };
type Empty = Record<string, never>;

export type SchemaIssue =
  | At<'missing', Empty>
  | At<'bad-enum', { found: Found; allowed: readonly (string | number)[] }>
  /** The discriminator of a union (`relations[1].kind`). */
  | At<'bad-kind', { found: Found; allowed: readonly (string | number)[] }>
  | At<'bad-value', { found: Found }>
  /** `list` is the field holding the list ('people'), `count` its length when known. */
  | At<'too-many', { list: string | null; max: number; count: number | null }>
  | At<'too-few', { min: number }>
  | At<'names-nobody', Empty>
  | At<'too-long', { max: number }>
  | At<'too-short', { min: number }>
  | At<'empty-text', Empty>
  | At<'too-big', { found: Found; range: Range }>
  | At<'too-small', { found: Found; range: Range }>
  | At<'not-finite', { range: Range }>
  /** `expected` is zod's name for the type: 'string', 'number', 'array', ... */
  | At<'wrong-type', { expected: string; found: Found }>
  | At<'not-a-year', { found: Found; min: number; max: number }>
  | At<'empty-key', Empty>
  | At<'key-too-long', { key: string; max: number }>
  | At<'bad-key', { key: string }>
  | At<'unknown-fields', { keys: readonly string[] }>
  | At<'bad-format', { found: Found }>
  | At<'not-multiple', { found: Found; divisor: number }>
  | At<'bad-element', { found: Found }>
  | At<'not-iso-date', Empty>
  | At<'no-such-date', Empty>;

export type SchemaIssueCode = SchemaIssue['code'];

/** The codes our own schema checks carry as their message. */
const OWN_CHECKS: ReadonlySet<string> = new Set(['not-iso-date', 'no-such-date'] satisfies SchemaIssueCode[]);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    // Own properties only: a missing field named "constructor" must read as missing.
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const YEAR_FIELDS = new Set(['birthYear', 'deathYear']);
const YEAR_RANGE: Range = { min: YEARS.min, max: YEARS.max };

const primitives = (values: readonly unknown[]): (string | number)[] =>
  values.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : String(v)));

/** One zod issue -> code, place and parameters. `input` is what zod was given (to keep the value found). */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): SchemaIssue {
  const value = valueAt(input, issue.path);
  const found = sample(value);
  const path = humanPath(issue.path);
  const last = issue.path[issue.path.length - 1];
  const isYear = YEAR_FIELDS.has(String(last));
  const missing: SchemaIssue = { code: 'missing', path, params: {} };
  switch (issue.code) {
    case 'invalid_value':
      if (value === undefined) return missing;
      return { code: 'bad-enum', path, params: { found, allowed: primitives(issue.values) } };
    case 'invalid_union': {
      if (value === undefined) return missing;
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const options = (issue as unknown as { options?: unknown[] }).options ?? [];
        return { code: 'bad-kind', path, params: { found, allowed: primitives(options) } };
      }
      if (last === 'closeness') return { code: 'bad-enum', path, params: { found, allowed: [1, 2, 3] } };
      return { code: 'bad-value', path, params: { found } };
    }
    case 'too_big':
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : null;
        return { code: 'too-many', path, params: { list: typeof last === 'string' ? last : null, max: Number(issue.maximum), count } };
      }
      if (issue.origin === 'string') return { code: 'too-long', path, params: { max: Number(issue.maximum) } };
      return { code: 'too-big', path, params: { found, range: isYear ? YEAR_RANGE : { max: Number(issue.maximum) } } };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? { code: 'empty-text', path, params: {} } : { code: 'too-short', path, params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array') {
        return issue.message === 'names-nobody' ? { code: 'names-nobody', path, params: {} } : { code: 'too-few', path, params: { min: Number(issue.minimum) } };
      }
      return { code: 'too-small', path, params: { found, range: isYear ? YEAR_RANGE : { min: Number(issue.minimum) } } };
    case 'invalid_type':
      if (value === undefined) return missing;
      if (typeof value === 'number' && !Number.isFinite(value)) return { code: 'not-finite', path, params: { range: isYear ? YEAR_RANGE : {} } };
      if (issue.expected === 'int' && isYear) return { code: 'not-a-year', path, params: { found, min: YEARS.min, max: YEARS.max } };
      return { code: 'wrong-type', path, params: { expected: issue.expected, found } };
    case 'invalid_key': {
      // The path ends in the bad key itself; the error names the object that holds it.
      const holder = humanPath(issue.path.slice(0, -1));
      const key = String(last ?? '');
      if (key === '') return { code: 'empty-key', path: holder, params: {} };
      if (key.length > LIMITS.idLength) return { code: 'key-too-long', path: holder, params: { key: clip(key), max: LIMITS.idLength } };
      return { code: 'bad-key', path: holder, params: { key: clip(key) } };
    }
    case 'unrecognized_keys':
      return { code: 'unknown-fields', path, params: { keys: issue.keys.slice(0, 5).map(clip) } };
    case 'invalid_format':
      return { code: 'bad-format', path, params: { found } };
    case 'not_multiple_of':
      return { code: 'not-multiple', path, params: { found, divisor: Number(issue.divisor) } };
    case 'invalid_element':
      return { code: 'bad-element', path, params: { found } };
    case 'custom':
      if (OWN_CHECKS.has(issue.message)) return { code: issue.message as 'not-iso-date' | 'no-such-date', path, params: {} };
      return { code: 'bad-value', path, params: { found } };
    default:
      return { code: 'bad-value', path, params: { found } };
  }
}
