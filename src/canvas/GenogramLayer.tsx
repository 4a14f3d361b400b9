/**
 * The genogram's couple bars, drop lines, sibling bars and child lines, drawn from the current
 * positions (so they follow a drag) in a layer that moves with the viewport, behind the people.
 * Each line carries data-* attributes (kind, union, child, style) for tests and tooling.
 */
import { memo, useMemo } from 'react';
import { displayName } from '../i18n/names';
import { lineIndex, lineTargets, type LineTarget } from '../layout/lineTargets';
import { GenogramLineTargets } from './GenogramLineTargets';
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

export interface GenogramLayerProps {
  positions: Positions;
  /** Relations chosen on the map: their line is marked. */
  selected: ReadonlySet<string>;
  onChooseLine(target: LineTarget): void;
}

function GenogramLayerView({ positions, selected, onChooseLine }: GenogramLayerProps) {
  const doc = useAppStore((s) => s.doc);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const index = useMemo(() => lineIndex(doc), [doc.people, doc.relations]);
  const { drawing, targets } = useMemo(() => {
    const connectors = genogramConnectors(doc, positions);
    return { drawing: annotateConnectors(drawGenogramConnectors(connectors), connectors), targets: lineTargets(index, connectors) };
    // Connectors read only people, relations and positions; notes or needs changing do not redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc.people, doc.relations, positions, index]);
  const people = useMemo(() => new Map(doc.people.map((p) => [p.id, p])), [doc.people]);
  const nameOf = (id: string) => displayName(people.get(id));
  return (
    <>
      <ViewportSvg className="nk-layer--connectors" node={drawing} />
      <GenogramLineTargets targets={targets} selected={selected} nameOf={nameOf} onChoose={onChooseLine} />
    </>
  );
}

export const GenogramLayer = memo(GenogramLayerView);
