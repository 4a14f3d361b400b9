/**
 * How messages show a place in the file and a value found there. Both are bounded: a message
 * goes into an alert, and a hostile file can hold a 10 MB value or key.
 */

/** The longest quoted value or key in a message, in characters (before the "…"). */
export const QUOTE_MAX = 60;

/** A value as JSON, cut to QUOTE_MAX characters with "…" (never the whole of a huge value). */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    // Count by code points so a cut never splits an emoji's surrogate pair.
    const chars = Array.from(value.length > QUOTE_MAX * 2 ? value.slice(0, QUOTE_MAX * 2) : value);
    return chars.length > QUOTE_MAX ? `${JSON.stringify(chars.slice(0, QUOTE_MAX).join('')).slice(0, -1)}…"` : JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? 'een oneindig groot getal' : 'een oneindig klein getal';
  if (value === undefined) return 'niets';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `een lijst van ${value.length}`;
  if (value === null) return 'een lege waarde';
  if (typeof value === 'object') return 'een object';
  return cut(String(value));
}

function cut(text: string): string {
  const chars = Array.from(text.length > QUOTE_MAX * 3 ? text.slice(0, QUOTE_MAX * 3) : text);
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : text;
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
      else out += `[${quote(text)}]`;
    }
  }
  return out;
}
