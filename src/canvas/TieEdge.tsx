/**
 * An ecogram tie as a custom React Flow edge, drawn by the shared pure tieLine (line style for
 * the quality, arrows for the direction of support), so the tie can be selected and edited on
 * the map. It runs centre to centre, bowing around other people's symbols (layout/tieRoute), and
 * follows its people while they are dragged: the bend is worked out from React Flow's live node
 * positions, so a line also steps aside for someone dragged across it.
 */
import { memo, useCallback, useRef } from 'react';
import { useInternalNode, useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import type { Point } from '../graph/schema';
import { sameBend, tieBend, tieCurve } from '../layout/tieRoute';
import { path } from '../draw/geometry';
import { tieLine } from '../draw/ties';
import type { TieFlowEdge } from './edges';
import { SvgTree } from './SvgTree';

function centre(node: InternalNode): Point {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.width ?? node.measured.width ?? 0) / 2, y: y + (node.height ?? node.measured.height ?? 0) / 2 };
}

function* centresExcept(state: ReactFlowState, a: string, b: string): Iterable<Point> {
  for (const [id, node] of state.nodeLookup) if (id !== a && id !== b) yield centre(node);
}

function useBend(source: string, target: string): Point | null {
  // The store also changes on every pan and zoom frame; the bend only when the nodes do.
  const last = useRef<{ nodes: unknown; bend: Point | null } | null>(null);
  const select = useCallback(
    (s: ReactFlowState) => {
      if (last.current?.nodes === s.nodes) return last.current.bend;
      const from = s.nodeLookup.get(source);
      const to = s.nodeLookup.get(target);
      const bend = from && to ? tieBend(centre(from), centre(to), centresExcept(s, source, target)) : null;
      last.current = { nodes: s.nodes, bend };
      return bend;
    },
    [source, target],
  );
  return useStore(select, sameBend);
}

function TieEdgeView({ source, target, data, selected }: EdgeProps<TieFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const bend = useBend(source, target);
  if (!from || !to || !data) return null;
  const a = centre(from);
  const b = centre(to);
  const { tie } = data;
  return (
    <g
      className="nk-tie"
      data-relation-id={tie.id}
      data-quality={tie.quality}
      data-flow={tie.flow}
      data-bent={bend ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
    >
      {/* A wide invisible stroke so a finger can hit a thin line. */}
      <path
        d={path(tieCurve(a, b, bend))}
        className="react-flow__edge-interaction nk-tie__hit"
        fill="none"
        stroke="transparent"
        strokeWidth={24}
      />
      <SvgTree node={tieLine(a, b, tie.quality, tie.flow, { selected, bend })} />
    </g>
  );
}

export const TieEdge = memo(TieEdgeView);
