/**
 * An ecogram tie as a custom React Flow edge, drawn by the shared pure tieLine (line style for
 * the quality, arrows for the direction of support), so the tie can be selected and edited on
 * the map. It runs centre to centre and follows its people while they are dragged.
 */
import { memo } from 'react';
import { useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import type { Point } from '../graph/schema';
import { tieLine } from '../draw/ties';
import type { TieFlowEdge } from './edges';
import { SvgTree } from './SvgTree';

function centre(node: InternalNode): Point {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.width ?? node.measured.width ?? 0) / 2, y: y + (node.height ?? node.measured.height ?? 0) / 2 };
}

function TieEdgeView({ source, target, data, selected }: EdgeProps<TieFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
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
      data-selected={selected ? 'true' : undefined}
    >
      {/* A wide invisible stroke so a finger can hit a thin line. */}
      <path
        d={`M${a.x} ${a.y} L${b.x} ${b.y}`}
        className="react-flow__edge-interaction nk-tie__hit"
        fill="none"
        stroke="transparent"
        strokeWidth={24}
      />
      <SvgTree node={tieLine(a, b, tie.quality, tie.flow, { selected })} />
    </g>
  );
}

export const TieEdge = memo(TieEdgeView);
