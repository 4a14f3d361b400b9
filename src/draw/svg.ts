/**
 * A tiny, framework-free description of SVG. The drawing functions in src/draw return these
 * trees; the canvas renders them with React (SvgTree), the SVG export serialises them, and the
 * PDF writes them as PDF operators (export/svgToPdf.ts), so the screen and the PDF share one drawing.
 *
 * Attribute names are the SVG names (`stroke-width`, `text-anchor`), not React's camelCase.
 * String children are text content: they are always escaped, never parsed as markup.
 */
export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number | undefined>;
  children?: Array<SvgNode | string>;
}

export function el(
  tag: string,
  attrs: SvgNode['attrs'] = {},
  children: Array<SvgNode | string> = [],
): SvgNode {
  return { tag, attrs, children };
}
