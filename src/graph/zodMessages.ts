/**
 * Turns zod issues into Dutch messages that name the place the way the file reads
 * (`people[0].gender`), with the value found and what is allowed. The generic cases fall back to
 * zod's own Dutch locale (z.locales.nl), passed per parse so no global config is needed.
 */
import { z } from 'zod';

export const dutchErrorMap = z.locales.nl().localeError;

export type SchemaIssueCode = 'bad-enum' | 'too-large' | 'invalid';

/** ['relations', 3, 'to'] -> 'relations[3].to' */
export function humanPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
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
};

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** One zod issue -> code + Dutch reason (without the path). */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): { code: SchemaIssueCode; reason: string } {
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return { code: 'bad-enum', reason: `onbekende waarde ${show(found)} (toegestaan: ${issue.values.map((v) => String(v)).join(', ')})` };
    case 'invalid_union': {
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const options = (issue as unknown as { options?: unknown[] }).options ?? [];
        return { code: 'bad-enum', reason: `onbekende soort ${show(found)} (toegestaan: ${options.map(String).join(', ')})` };
      }
      if (issue.path[issue.path.length - 1] === 'closeness') {
        return { code: 'bad-enum', reason: `onbekende waarde ${show(found)} (toegestaan: 1, 2, 3)` };
      }
      return { code: 'invalid', reason: `ongeldige waarde ${show(found)}` };
    }
    case 'too_big':
      if (issue.origin === 'array') return { code: 'too-large', reason: `te veel items (meer dan ${String(issue.maximum)})` };
      if (issue.origin === 'string') return { code: 'too-large', reason: `te lang (meer dan ${String(issue.maximum)} tekens)` };
      return { code: 'invalid', reason: `te groot (hoogstens ${String(issue.maximum)})` };
    case 'invalid_type':
      if (found === undefined) return { code: 'invalid', reason: 'ontbreekt' };
      return { code: 'invalid', reason: `verwacht ${TYPE_NOUN[issue.expected] ?? issue.expected}, maar vond ${show(found)}` };
    default:
      return { code: 'invalid', reason: issue.message };
  }
}
