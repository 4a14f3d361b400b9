/**
 * Genogram connectors as SVG. Line style carries the meaning (the PDF is printed in black and
 * white): dashes for cohabiting/adoptive, dots for relationship/foster, slashes for separated/divorced.
 */
import type { Connector, LineStyle } from '../layout/connectors';
import { el, type SvgNode } from './svg';

const DASH: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '8 5', dotted: '2 4' };

export function drawGenogramConnectors(connectors: Connector[]): SvgNode {
  return el(
    'g',
    { class: 'genogram-connectors', fill: 'none', stroke: '#000', 'stroke-width': 2, 'stroke-linejoin': 'round' },
    connectors.map((c) =>
      el('polyline', {
        'data-kind': c.kind,
        points: c.points.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
        'stroke-dasharray': DASH[c.style],
        'stroke-width': c.kind === 'slash' ? 1.5 : undefined,
      }),
    ),
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
