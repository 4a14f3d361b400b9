/** SVG paint values as the drawing writes them (#rgb, #rrggbb, a few names, none) -> RGB or null (no paint). */
export type Rgb = [number, number, number];

const NAMED = new Map<string, Rgb>([
  ['black', [0, 0, 0]],
  ['white', [255, 255, 255]],
  ['red', [255, 0, 0]],
  ['green', [0, 128, 0]],
  ['blue', [0, 0, 255]],
  ['gray', [128, 128, 128]],
  ['grey', [128, 128, 128]],
]);

/** Anything else (a pattern, a url(), a typo) paints nothing rather than guessing a colour. */
export function parsePaint(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return null;
  const named = NAMED.get(v);
  if (named) return named;
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (m) return [parseInt(m[1]! + m[1], 16), parseInt(m[2]! + m[2], 16), parseInt(m[3]! + m[3], 16)];
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(v);
  if (m) return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
  m = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(v);
  if (m) return [Math.min(255, +m[1]!), Math.min(255, +m[2]!), Math.min(255, +m[3]!)];
  return null;
}
