/**
 * Where and why a text is not JSON, for the refusal message. Engines word JSON.parse errors
 * differently (V8 often gives no position at all: `Unexpected token '/', "{ // c"... is not
 * valid JSON`), so this small scanner finds the first offending character itself. It is only
 * run after JSON.parse has failed, and it is iterative: deep nesting cannot overflow the stack.
 */
export interface JsonErrorPlace {
  line: number;
  column: number;
  /** What is wrong there, e.g. 'comment'; null when nothing more specific is known. */
  reason: JsonSyntaxReason | null;
  /** The text stops before the JSON is complete. */
  truncated: boolean;
}

/** Each is one sentence in src/i18n/importErrors.ts. */
export type JsonSyntaxReason =
  | 'ends-early'
  | 'string-not-closed'
  | 'comment'
  | 'single-quotes'
  | 'nan'
  | 'infinity'
  | 'undefined'
  | 'raw-control-char'
  | 'bad-unicode-escape'
  | 'bad-escape'
  | 'after-end'
  | 'trailing-comma'
  | 'missing-comma-object'
  | 'missing-comma-list'
  | 'unquoted-key'
  | 'missing-colon';

type Where = { at: number; reason: JsonSyntaxReason | null };

export function jsonErrorPlace(text: string): JsonErrorPlace | null {
  const found = scan(text);
  if (!found) return null;
  const truncated = found.at >= text.length;
  const at = Math.min(found.at, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1, reason: found.reason, truncated };
}

const WORDS: ReadonlyArray<[string, JsonSyntaxReason]> = [
  ['NaN', 'nan'],
  ['Infinity', 'infinity'],
  ['undefined', 'undefined'],
];

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

function scan(text: string): Where | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // What the container on top of the stack expects next.
  const stack: Array<'{' | '['> = [];
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const unexpected = (): Where => {
    const c = text[i];
    if (c === undefined) return { at: i, reason: 'ends-early' };
    if (c === '/') return { at: i, reason: 'comment' };
    if (c === "'") return { at: i, reason: 'single-quotes' };
    for (const [word, reason] of WORDS) {
      if (text.startsWith(word, i) || text.startsWith(`-${word}`, i)) return { at: i, reason };
    }
    return { at: i, reason: null };
  };
  const value = (): Where | 'open' | null => {
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return 'open';
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    return unexpected();
  };
  const string = (): Where | null => {
    i++;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return null;
      }
      if (code < 0x20) return { at: i, reason: 'raw-control-char' };
      if (code === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, reason: 'bad-unicode-escape' };
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return { at: i, reason: next === undefined ? 'ends-early' : 'bad-escape' };
      } else i++;
    }
    return { at: i, reason: 'string-not-closed' };
  };
  const number = (): Where | null => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return unexpected();
    i += m[0].length;
    return null;
  };

  let result = value();
  for (;;) {
    if (result !== null && result !== 'open') return result;
    if (result === 'open') {
      // Just opened a container: it may close at once.
      skipSpace();
      const top = stack[stack.length - 1];
      if (text[i] === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (top === '{') {
        const key = objectKey();
        if (key) return key;
        result = value();
        continue;
      } else {
        result = value();
        continue;
      }
    }
    // After a complete value: a comma, the container's end, or the end of the text.
    skipSpace();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? { at: i, reason: 'after-end' } : null;
    const c = text[i];
    if (c === ',') {
      i++;
      skipSpace();
      if (text[i] === '}' || text[i] === ']') return { at: i - 1, reason: 'trailing-comma' };
      if (top === '{') {
        const key = objectKey();
        if (key) return key;
      }
      result = value();
    } else if (c === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      result = null;
    } else if (c === undefined) {
      return { at: i, reason: 'ends-early' };
    } else {
      const u = unexpected();
      return { at: i, reason: u.reason ?? (top === '{' ? 'missing-comma-object' : 'missing-comma-list') };
    }
  }

  function objectKey(): Where | null {
    skipSpace();
    if (text[i] !== '"') {
      const u = unexpected();
      return { at: i, reason: u.reason ?? 'unquoted-key' };
    }
    const s = string();
    if (s) return s;
    skipSpace();
    if (text[i] !== ':') return { at: i, reason: text[i] === undefined ? 'ends-early' : 'missing-colon' };
    i++;
    return null;
  }
}
