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
      'fill-opacity': 0.85,
      'data-part': 'backdrop',
    },
  };
}
