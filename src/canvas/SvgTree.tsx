/**
 * Renders a framework-free SvgNode (src/draw) with React, so the canvas shows exactly the
 * drawing the PDF export serialises. Text is passed as React text children (escaped by React),
 * never as HTML; event-handler and link attributes in a node are dropped, as in toSvgString.
 *
 * Without width/height it renders the tree as-is (for use inside an existing <svg>); with them
 * it wraps the tree in its own <svg> with a viewBox of that size.
 */
import { createElement, type CSSProperties, type ReactNode } from 'react';
import { formatValue, isSafeAttr, isSafeTag } from '../draw/render';
import type { SvgNode } from '../draw/svg';

const SPECIAL: Record<string, string> = {
  class: 'className',
  'xlink:href': 'xlinkHref',
  'xml:space': 'xmlSpace',
  'xml:lang': 'xmlLang',
  'xmlns:xlink': 'xmlnsXlink',
};

/** SVG attribute name -> React prop name: stroke-width -> strokeWidth, class -> className. */
export function reactPropName(name: string): string {
  const special = SPECIAL[name];
  if (special) return special;
  // React expects data-* and aria-* exactly as in HTML.
  if (name.startsWith('data-') || name.startsWith('aria-')) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function styleObject(style: string): CSSProperties {
  const out: Record<string, string> = {};
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i <= 0) continue;
    const key = decl.slice(0, i).trim();
    if (!/^-?[a-z-]+$/i.test(key)) continue;
    out[key.startsWith('--') ? key : key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = decl.slice(i + 1).trim();
  }
  return out as CSSProperties;
}

export function svgNodeToReact(node: SvgNode | string, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  if (!isSafeTag(node.tag)) return null;
  const props: Record<string, unknown> = {};
  if (key !== undefined) props.key = key;
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value === undefined || !isSafeAttr(name)) continue;
    if (name === 'style') props.style = styleObject(String(value));
    else props[reactPropName(name)] = formatValue(value);
  }
  const children = (node.children ?? []).map((c, i) => svgNodeToReact(c, i));
  return createElement(node.tag, props, ...children);
}

export interface SvgTreeProps {
  node: SvgNode;
  /** With width and height: a standalone <svg> with viewBox "0 0 width height". */
  width?: number;
  height?: number;
  /** Accessible name of the standalone <svg>. */
  title?: string;
  className?: string;
}

export function SvgTree({ node, width, height, title, className }: SvgTreeProps) {
  const tree = svgNodeToReact(node);
  if (width === undefined || height === undefined) return <>{tree}</>;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${formatValue(width)} ${formatValue(height)}`}
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
      fontFamily="DejaVu Sans, Arial, sans-serif"
    >
      {title ? <title>{title}</title> : null}
      {tree}
    </svg>
  );
}
