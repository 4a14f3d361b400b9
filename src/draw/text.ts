/** Text helpers for labels drawn in SVG, where there is no CSS text-overflow. */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('nl', { granularity: 'grapheme' }) : null;

/** User-perceived characters, so "Ngọc" with combining marks is never cut inside a letter. */
export function graphemes(text: string): string[] {
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
