/**
 * A case file's bytes -> text. The format is UTF-8; a Latin-1 or otherwise broken file must not
 * import with replacement characters ("Zo\uFFFD") silently, so decoding is strict, and the
 * refusal says at which byte the file stops being UTF-8 (found by a scan, since TextDecoder
 * does not tell).
 */
import { err, ok, type Result } from './result';

export interface DecodeError {
  code: 'not-utf8';
  path: '';
  /** `byte` counts from 1; `latin1`: the file looks like Latin-1 or Windows-1252 (worth saying). */
  params: { byte: number; latin1: boolean };
}

export function decodeCaseBytes(bytes: Uint8Array): Result<string, DecodeError> {
  try {
    // ignoreBOM: keep a byte order mark in the text; parseCase skips it.
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    const at = firstInvalidUtf8(bytes);
    return err({ code: 'not-utf8', path: '', params: { byte: at + 1, latin1: looksLikeLatin1(bytes, at) } });
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points beyond U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Lone bytes 0xA0–0xFF among ASCII are how Latin-1 text (é = 0xE9) looks to a UTF-8 reader. */
function looksLikeLatin1(bytes: Uint8Array, at: number): boolean {
  const b = bytes[at];
  return b !== undefined && b >= 0xa0;
}
