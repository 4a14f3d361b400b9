/**
 * How an error names a place in the file and keeps a value found there. Both are bounded: an
 * error ends up in an alert (and crosses from the parse worker), and a hostile file can hold a
 * 10 MB value or key. Nothing here is Dutch: src/i18n/importErrors.ts words the sentences.
 */

/** The longest quoted value or key in a message, in characters (before the "…"). */
export const QUOTE_MAX = 60;

/**
 * The first QUOTE_MAX + 1 code points of a text: enough to show it, and to know that it was
 * longer. Counted by code points so a cut never splits an emoji's surrogate pair.
 */
export function clip(text: string): string {
  const limit = QUOTE_MAX + 1;
  // Two UTF-16 units per code point at most: slice first, so a 10 MB text is never split whole.
  const head = text.length > limit * 2 ? text.slice(0, limit * 2) : text;
  const chars = Array.from(head);
  return chars.length > limit ? chars.slice(0, limit).join('') : head;
}

/** A text as a JSON string, cut after QUOTE_MAX code points with "…": `"p 1"`, `"xxx…"`. */
export function quoteText(text: string): string {
  const chars = Array.from(clip(text));
  return chars.length > QUOTE_MAX ? `${JSON.stringify(chars.slice(0, QUOTE_MAX).join('')).slice(0, -1)}…"` : JSON.stringify(text);
}

/** A value found in the file, kept as much as an error shows of it: a clipped text, a number, a list's length. */
export type Found =
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'list'; length: number }
  | { type: 'object' }
  | { type: 'null' }
  | { type: 'nothing' }
  /** Not from JSON (a stored record may hold a bigint): its text, clipped. */
  | { type: 'other'; text: string };

export function sample(value: unknown): Found {
  if (typeof value === 'string') return { type: 'text', text: clip(value) };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value === undefined) return { type: 'nothing' };
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'list', length: value.length };
  if (typeof value === 'object') return { type: 'object' };
  return { type: 'other', text: clip(String(value)) };
}

/** Keys that read well after a dot: ids such as `p-1a2b3c4d`, field names, step numbers. */
const PLAIN_KEY = /^[\p{L}\p{N}_-]+$/u;

/** ['relations', 3, 'to'] -> 'relations[3].to'; odd keys quoted: layout.genogram["p 1"]. */
export function humanPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const text = String(key);
      if (PLAIN_KEY.test(text) && text.length <= QUOTE_MAX) out += out === '' ? text : `.${text}`;
      else out += `[${quoteText(text)}]`;
    }
  }
  return out;
}
