/**
 * The embedded faces parsed once per session instead of once per PDF. jsPDF parses a TrueType
 * file (TTFFont.open) for every document it is added to, ~50–120 ms for our three DejaVu faces;
 * the PDF worker lives for the session, so it keeps each parsed face and hands every document
 * a view of it with that document's own record of what it used (the glyphs for the subset, the
 * ToUnicode map, the widths), which is all jsPDF writes into a parsed font after parsing it.
 */
import { jsPDF } from 'jspdf';

interface ParsedFont {
  toUnicode: Record<number, number>;
  Unicode?: { encoding: object; kerning: object; widths: unknown[] };
}

interface TTFFontClass {
  open(file: Uint8Array): ParsedFont;
}

const parsed = new Map<string, ParsedFont>();
let installed = false;

/** FNV-1a over the whole file: the key of a face (its bytes, not its name). */
function fingerprint(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return `${bytes.length}:${(h >>> 0).toString(16)}`;
}

export function installFontCache(): void {
  if (installed) return;
  const TTFFont = (jsPDF.API as unknown as { TTFFont?: TTFFontClass }).TTFFont;
  if (!TTFFont) return; // another jsPDF build: it parses per document, as before
  installed = true;
  const open = TTFFont.open.bind(TTFFont);
  TTFFont.open = (file: Uint8Array) => {
    const key = fingerprint(file);
    let font = parsed.get(key);
    if (!font) {
      font = open(file);
      parsed.set(key, font);
    }
    // The tables are shared (read only); the record of use is this document's own. A copy of the
    // own properties, not a prototype view: jsPDF asks metadata.hasOwnProperty('cmap').
    const view = Object.assign(Object.create(Object.getPrototypeOf(font) as object), font) as ParsedFont;
    view.toUnicode = {};
    view.Unicode = { encoding: {}, kerning: {}, widths: [] };
    return view;
  };
}
