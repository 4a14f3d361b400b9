/** Text helpers for labels drawn in SVG, where there is no CSS text-overflow. */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('nl', { granularity: 'grapheme' }) : null;

/** User-perceived characters, so "Ngọc" with combining marks is never cut inside a letter. */
export function graphemes(text: string): string[] {
  // Fast path: printable Latin without combining marks has one code point per grapheme, and
  // segmenting is slow enough to dominate drawing hundreds of labels.
  if (/^[\u0020-\u02ff]*$/.test(text)) return Array.from(text);
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text);
}

/** Cuts `text` to at most `max` characters, the last one an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  const chars = graphemes(text.trim());
  if (chars.length <= max) return chars.join('');
  return `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** Cuts `text` so that it is at most `maxWidth` px wide, ending in an ellipsis when cut. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (approxTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = graphemes(text);
  const ellipsis = approxTextWidth('…', fontSize);
  let width = 0;
  let n = 0;
  while (n < chars.length && width + approxTextWidth(chars[n]!, fontSize) + ellipsis <= maxWidth) {
    width += approxTextWidth(chars[n]!, fontSize);
    n++;
  }
  return `${chars.slice(0, Math.max(1, n)).join('').trimEnd()}…`;
}

/**
 * A name wrapped onto at most `maxLines` lines of `maxWidth` px, split at spaces and after
 * hyphens ("Yılmaz-" / "Demir"); only what does not fit in those lines is cut (with an
 * ellipsis). A word a little wider than a line (up to WORD_SLACK) stays whole on its own line,
 * because "(huisarts)" read as "(huisart" / "s)" is worse than a few px into the gap beside it;
 * a longer word is broken at the width on earlier lines, so nothing is lost early, and cut only
 * on the last line.
 */
const WORD_SLACK = 1.35;

export function wrapLines(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  // Pieces with the glue that goes before them: a space between words, nothing after a hyphen.
  const pieces: Array<{ glue: string; text: string }> = [];
  for (const word of text.trim().split(/\s+/).filter((w) => w !== '')) {
    word.split(/(?<=[^-]-)(?=[^-])/).forEach((part, i) => pieces.push({ glue: i === 0 && pieces.length > 0 ? ' ' : '', text: part }));
  }
  if (pieces.length === 0) return [''];
  const whole = pieces.map((p) => p.glue + p.text).join('');
  const width = (t: string) => approxTextWidth(t, fontSize);
  if (width(whole) <= maxWidth) return [whole];
  const lines: string[] = [];
  let i = 0;
  while (i < pieces.length && lines.length < maxLines - 1) {
    let line = pieces[i]!.text;
    i++;
    if (width(line) > maxWidth * WORD_SLACK) {
      // One very long word: break it at the width and carry the rest to the next line.
      const chars = graphemes(line);
      let n = 1;
      while (n < chars.length && width(chars.slice(0, n + 1).join('')) <= maxWidth) n++;
      lines.push(chars.slice(0, n).join(''));
      pieces.splice(i, 0, { glue: '', text: chars.slice(n).join('') });
      continue;
    }
    while (i < pieces.length && width(line + pieces[i]!.glue + pieces[i]!.text) <= maxWidth) {
      line += pieces[i]!.glue + pieces[i]!.text;
      i++;
    }
    lines.push(line);
  }
  if (i < pieces.length) {
    const rest = pieces.slice(i).map((p, k) => (k === 0 ? p.text : p.glue + p.text)).join('');
    lines.push(width(rest) <= maxWidth * WORD_SLACK && !rest.includes(' ') ? rest : truncateToWidth(rest, maxWidth, fontSize));
  }
  return lines;
}

/** Rough width of a text in px for a sans-serif font: enough to size legends and badges. */
export function approxTextWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const c of graphemes(text)) w += /[ilI.,:;'|!]/.test(c) ? 0.3 : /[mwMW@]/.test(c) ? 0.85 : 0.6;
  return w * fontSize;
}

/**
 * A light box behind a text so lines under it do not hurt legibility. A box rather than a
 * white text stroke with paint-order, because PDF converters (svg2pdf.js, and our svgToPdf)
 * ignore paint-order and would paint the white stroke over the letters, and a second "halo" text would make the PDF's text appear twice.
 */
export function textBackdrop(
  x: number,
  baseline: number,
  text: string,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'middle',
): { tag: 'rect'; attrs: Record<string, number | string> } {
  const width = approxTextWidth(text, fontSize) + 4;
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return {
    tag: 'rect',
    attrs: {
      x: left,
      y: baseline - fontSize * 0.8,
      width,
      height: fontSize * 1.05,
      rx: 2,
      fill: '#ffffff',
      // Opaque: the label sits above tie lines, and a line showing through hurts reading.
      'fill-opacity': 1,
      'data-part': 'backdrop',
    },
  };
}
