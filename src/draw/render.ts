/**
 * SvgNode -> SVG markup, for the SVG/PNG export and for previews.
 * Names in a case are typed by families and imported from files, so every text and attribute
 * value is escaped, and tag or attribute names that are not plain SVG names are dropped.
 */
import type { SvgNode } from './svg';

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Numbers keep at most two decimals: sub-pixel noise only bloats the file. */
export function formatValue(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
  return value;
}

/** Plain SVG element names only; never script or foreignObject (which could hold HTML). */
export function isSafeTag(tag: string): boolean {
  return SAFE_NAME.test(tag) && !/^(script|foreignObject)$/i.test(tag);
}

export function isSafeAttr(name: string): boolean {
  // Event handlers and scriptable links have no place in a drawing.
  return SAFE_NAME.test(name) && !/^on/i.test(name) && !/^(xlink:)?href$/i.test(name);
}

export function toSvgString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeText(node);
  if (!isSafeTag(node.tag)) return '';
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value === undefined || !isSafeAttr(name)) continue;
    out += ` ${name}="${escapeAttr(formatValue(value))}"`;
  }
  const children = node.children ?? [];
  if (children.length === 0) return `${out}/>`;
  return `${out}>${children.map(toSvgString).join('')}</${node.tag}>`;
}

/** A standalone SVG document around a drawing, with the given view box. */
export function svgDocument(
  content: SvgNode,
  box: { x: number; y: number; width: number; height: number },
): string {
  return toSvgString({
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `${formatValue(box.x)} ${formatValue(box.y)} ${formatValue(box.width)} ${formatValue(box.height)}`,
      width: box.width,
      height: box.height,
      'font-family': 'DejaVu Sans, Arial, sans-serif',
    },
    children: [content],
  });
}
