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
 * A name wrapped onto at most `maxLines` lines of `maxWidth` px, split at spaces; only what does
 * not fit in those lines is cut (with an ellipsis). A word longer than a line is cut on its own
 * line only when it is the last line; earlier lines break it at the width so nothing is lost early.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [''];
  const fits = (t: string) => approxTextWidth(t, fontSize) <= maxWidth;
  if (fits(words.join(' '))) return [words.join(' ')];
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    let line = words[i]!;
    i++;
    if (!fits(line)) {
      // One very long word: break it at the width and carry the rest to the next line.
      const chars = graphemes(line);
      let n = 1;
      while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
      lines.push(chars.slice(0, n).join(''));
      words.splice(i, 0, chars.slice(n).join(''));
      continue;
    }
    while (i < words.length && fits(`${line} ${words[i]}`)) {
      line = `${line} ${words[i]}`;
      i++;
    }
    lines.push(line);
  }
  if (i < words.length) lines.push(truncateToWidth(words.slice(i).join(' '), maxWidth, fontSize));
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
 * white text stroke with paint-order, because svg2pdf.js ignores paint-order and would paint
 * the white stroke over the letters, and a second "halo" text would make the PDF's text appear twice.
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
