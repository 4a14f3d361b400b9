/**
 * The genogram's couple bars, drop lines, sibling bars and child lines, drawn from the current
 * positions (so they follow a drag) in a layer that moves with the viewport, behind the people.
 * Each line carries data-* attributes (kind, union, child, style) for tests and tooling.
 */
import { memo, useMemo } from 'react';
import { drawGenogramConnectors } from '../draw/genogramConnectors';
import type { SvgNode } from '../draw/svg';
import { genogramConnectors, type Connector } from '../layout/connectors';
import type { Positions } from '../layout/types';
import { useAppStore } from '../state/react';
import { ViewportSvg } from './ViewportSvg';

/** Adds what each line stands for to the drawing (drawGenogramConnectors maps connectors 1:1). */
export function annotateConnectors(drawing: SvgNode, connectors: Connector[]): SvgNode {
  const children = drawing.children ?? [];
  if (children.length !== connectors.length) return drawing;
  return {
    ...drawing,
    children: children.map((child, i) => {
      const c = connectors[i]!;
      if (typeof child === 'string') return child;
      return {
        ...child,
        attrs: {
          ...child.attrs,
          'data-union': c.unionId,
          'data-child': c.childId,
          'data-style': c.style,
        },
      };
    }),
  };
}

function GenogramLayerView({ positions }: { positions: Positions }) {
  const doc = useAppStore((s) => s.doc);
  const drawing = useMemo(() => {
    const connectors = genogramConnectors(doc, positions);
    return annotateConnectors(drawGenogramConnectors(connectors), connectors);
    // Connectors read only people, relations and positions; notes or needs changing do not redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc.people, doc.relations, positions]);
  return <ViewportSvg className="nk-layer--connectors" node={drawing} />;
}

export const GenogramLayer = memo(GenogramLayerView);
