/**
 * Turns zod issues into Dutch messages that name the place the way the file reads
 * (`people[0].gender`), with the value found (cut short) and what is allowed. Every issue code
 * has its own Dutch wording: zod's own messages (English, or its Dutch locale's
 * "verwacht dat number >=1800 is") never reach the user. Only our own schema messages
 * (`.refine(..., 'is geen ISO 8601-datum')`, code "custom") are passed on as they are.
 */
import { z } from 'zod';
import { LIMITS, YEARS } from './schema';
import { humanPath, quote } from './paths';

export { humanPath };

/** Passed per parse so zod builds no English messages we would then throw away. */
export const dutchErrorMap = z.locales.nl().localeError;

export type SchemaIssueCode = 'bad-enum' | 'too-large' | 'invalid';

/** What the issue is about, where: the path shown, and the reason without the path. */
export interface DescribedIssue {
  code: SchemaIssueCode;
  path: string;
  reason: string;
}

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

const TYPE_NOUN: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  record: 'een object',
  literal: 'een vaste waarde',
};

/** Which records a list holds, for "de grens van 5000 personen is bereikt". */
const LIST_NOUN: Record<string, string> = {
  people: 'personen',
  relations: 'relaties',
  needs: 'behoeften',
  offers: 'aanbiedingen',
  strengths: 'krachten',
  topics: 'onderwerpen',
  consents: 'toestemmingen',
  agreements: 'afspraken',
  meetings: 'bijeenkomsten',
  snapshots: 'momentopnamen',
  namedBy: 'perspectieven',
};

const YEAR_FIELDS = new Set(['birthYear', 'deathYear']);

const allowed = (values: readonly unknown[]): string => values.map((v) => (typeof v === 'string' ? v : quote(v))).join(', ');

/** One zod issue -> code + place + Dutch reason. `input` is what zod was given (to show the value found). */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): DescribedIssue {
  const found = valueAt(input, issue.path);
  const path = humanPath(issue.path);
  const last = issue.path[issue.path.length - 1];
  const at = (code: SchemaIssueCode, reason: string): DescribedIssue => ({ code, path, reason });
  switch (issue.code) {
    case 'invalid_value':
      if (found === undefined) return at('invalid', 'ontbreekt');
      return at('bad-enum', `onbekende waarde ${quote(found)} (toegestaan: ${allowed(issue.values)})`);
    case 'invalid_union': {
      if (found === undefined) return at('invalid', 'ontbreekt');
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const options = (issue as unknown as { options?: unknown[] }).options ?? [];
        return at('bad-enum', `onbekende soort ${quote(found)} (toegestaan: ${allowed(options)})`);
      }
      if (last === 'closeness') return at('bad-enum', `onbekende waarde ${quote(found)} (toegestaan: 1, 2, 3)`);
      return at('invalid', `ongeldige waarde ${quote(found)}`);
    }
    case 'too_big':
      if (issue.origin === 'array') {
        const noun = typeof last === 'string' ? LIST_NOUN[last] : undefined;
        const count = Array.isArray(found) ? ` (dit bestand heeft er ${found.length})` : '';
        return at('too-large', `de grens van ${String(issue.maximum)} ${noun ?? 'items'} is bereikt${count}`);
      }
      if (issue.origin === 'string') return at('too-large', `te lang (meer dan ${String(issue.maximum)} tekens)`);
      return at('invalid', `${quote(found)} is te groot (${range(last, undefined, issue.maximum)})`);
    case 'too_small':
      if (issue.origin === 'string') return at('invalid', Number(issue.minimum) <= 1 ? 'mag niet leeg zijn' : `te kort (minstens ${String(issue.minimum)} tekens)`);
      if (issue.origin === 'array') return at('invalid', issue.message === 'noemt niemand' ? 'noemt niemand' : `te weinig items (minstens ${String(issue.minimum)})`);
      return at('invalid', `${quote(found)} is te klein (${range(last, issue.minimum, undefined)})`);
    case 'invalid_type':
      if (found === undefined) return at('invalid', 'ontbreekt');
      if (typeof found === 'number' && !Number.isFinite(found)) {
        return at('invalid', `het getal is te groot (${range(last, undefined, undefined)})`);
      }
      if (issue.expected === 'int' && YEAR_FIELDS.has(String(last))) {
        return at('invalid', `verwacht een jaartal (een geheel getal van ${YEARS.min} tot en met ${YEARS.max}), maar vond ${quote(found)}`);
      }
      return at('invalid', `verwacht ${TYPE_NOUN[issue.expected] ?? 'een andere soort waarde'}, maar vond ${quote(found)}`);
    case 'invalid_key': {
      // The path ends in the bad key itself; the message names the object that holds it.
      const holder = humanPath(issue.path.slice(0, -1));
      const key = String(last ?? '');
      if (key === '') return { code: 'invalid', path: holder, reason: 'een lege sleutel is niet toegestaan' };
      if (key.length > LIMITS.idLength) {
        return { code: 'too-large', path: holder, reason: `de sleutel ${quote(key)} is te lang (hoogstens ${LIMITS.idLength} tekens)` };
      }
      return { code: 'invalid', path: holder, reason: `ongeldige sleutel ${quote(key)}` };
    }
    case 'unrecognized_keys':
      return at('invalid', `onbekende velden: ${issue.keys.slice(0, 5).map((k) => quote(k)).join(', ')}`);
    case 'invalid_format':
      return at('invalid', `${quote(found)} heeft niet de juiste vorm`);
    case 'not_multiple_of':
      return at('invalid', `${quote(found)} moet een veelvoud van ${String(issue.divisor)} zijn`);
    case 'invalid_element':
      return at('invalid', `ongeldig element ${quote(found)}`);
    case 'custom':
      // Our own schema messages (Dutch, in schema.ts).
      return at('invalid', issue.message);
    default:
      return at('invalid', `ongeldige waarde ${quote(found)}`);
  }
}

/** "toegestaan: 1800 tot en met 2200" where the range is known; else the bound zod reported. */
function range(field: PropertyKey | undefined, min: unknown, max: unknown): string {
  if (YEAR_FIELDS.has(String(field))) return `toegestaan: ${YEARS.min} tot en met ${YEARS.max}`;
  if (min !== undefined) return `minstens ${String(min)}`;
  if (max !== undefined) return `hoogstens ${String(max)}`;
  return 'toegestaan: een eindig getal';
}
