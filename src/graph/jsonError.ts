/**
 * Where and why a text is not JSON, for the refusal message. Engines word JSON.parse errors
 * differently (V8 often gives no position at all: `Unexpected token '/', "{ // c"... is not
 * valid JSON`), so this small scanner finds the first offending character itself. It is only
 * run after JSON.parse has failed, and it is iterative: deep nesting cannot overflow the stack.
 */
export interface JsonErrorPlace {
  line: number;
  column: number;
  /** Dutch, e.g. "commentaar is in JSON niet toegestaan"; '' when nothing more specific is known. */
  reason: string;
  /** The text stops before the JSON is complete. */
  truncated: boolean;
}

type Where = { at: number; reason: string };

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

const WORDS: Record<string, string> = {
  NaN: '"NaN" is in JSON geen getal',
  Infinity: '"Infinity" is in JSON geen getal',
  undefined: '"undefined" is in JSON geen waarde',
};

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
    if (c === undefined) return { at: i, reason: 'het bestand houdt halverwege op' };
    if (c === '/') return { at: i, reason: 'commentaar is in JSON niet toegestaan' };
    if (c === "'") return { at: i, reason: 'tekst moet tussen dubbele aanhalingstekens staan' };
    for (const [word, reason] of Object.entries(WORDS)) {
      if (text.startsWith(word, i) || text.startsWith(`-${word}`, i)) return { at: i, reason };
    }
    return { at: i, reason: '' };
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
      if (code < 0x20) return { at: i, reason: 'een tekst mag geen regeleinde of tab bevatten (gebruik \\n of \\t)' };
      if (code === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, reason: 'ongeldige \\u-code in een tekst' };
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return { at: i, reason: next === undefined ? 'het bestand houdt halverwege op' : 'ongeldige \\-code in een tekst' };
      } else i++;
    }
    return { at: i, reason: 'het bestand houdt halverwege op (een tekst wordt niet afgesloten)' };
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
    if (top === undefined) return i < text.length ? { at: i, reason: 'er staat nog iets na het einde van de gegevens' } : null;
    const c = text[i];
    if (c === ',') {
      i++;
      skipSpace();
      if (text[i] === '}' || text[i] === ']') return { at: i - 1, reason: 'een komma te veel vóór het einde van een lijst of object' };
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
      return { at: i, reason: 'het bestand houdt halverwege op' };
    } else {
      const u = unexpected();
      return { at: i, reason: u.reason || (top === '{' ? 'een komma of } ontbreekt' : 'een komma of ] ontbreekt') };
    }
  }

  function objectKey(): Where | null {
    skipSpace();
    if (text[i] !== '"') {
      const u = unexpected();
      return { at: i, reason: u.reason || 'een veldnaam moet tussen dubbele aanhalingstekens staan' };
    }
    const s = string();
    if (s) return s;
    skipSpace();
    if (text[i] !== ':') return { at: i, reason: text[i] === undefined ? 'het bestand houdt halverwege op' : 'een dubbele punt ontbreekt na een veldnaam' };
    i++;
    return null;
  }
}
