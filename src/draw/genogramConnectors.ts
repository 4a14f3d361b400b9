/**
 * Genogram connectors as SVG. Line style carries the meaning (the PDF is printed in black and
 * white): dashes for cohabiting/adoptive, dots for relationship/foster, thin dots for a
 * step-parent, thin dash-dots for parents with no relation entered, slashes for
 * separated/divorced and a small cross for widowed.
 */
import type { Connector, ConnectorKind, LineStyle } from '../layout/connectors';
import { el, type SvgNode } from './svg';

/** How each line style is stroked; the legend's tests compare its samples with this. */
export const LINE_STROKE: Readonly<Record<LineStyle, { dasharray?: string; width?: number }>> = {
  solid: {},
  dashed: { dasharray: '8 5' },
  dotted: { dasharray: '2 4' },
  'thin-dotted': { dasharray: '1.5 3', width: 1.2 },
  'thin-dash-dot': { dasharray: '9 3 2 3', width: 1.2 },
};
/** The short marks across a couple line are thinner than the line itself. */
const MARK_WIDTH: Partial<Record<ConnectorKind, number>> = { slash: 1.5, cross: 1.5 };

export function drawGenogramConnectors(connectors: Connector[]): SvgNode {
  return el(
    'g',
    { class: 'genogram-connectors', fill: 'none', stroke: '#000', 'stroke-width': 2, 'stroke-linejoin': 'round' },
    connectors.map((c) =>
      el('polyline', {
        'data-kind': c.kind,
        points: c.points.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
        'stroke-dasharray': LINE_STROKE[c.style].dasharray,
        'stroke-width': MARK_WIDTH[c.kind] ?? LINE_STROKE[c.style].width,
      }),
    ),
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
