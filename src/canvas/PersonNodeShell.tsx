/**
 * The node type React Flow renders for a person. React Flow passes every node its absolute
 * position as props, so a plain memo re-renders (and rebuilds the SVG drawing of) every person
 * whenever the layout moves them, although the drawing does not depend on where they stand.
 * This shell skips the render unless something the drawing uses changed; React Flow moves the
 * node with a transform on its own wrapper.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { PersonFlowNode } from './nodes';
import { PersonNode } from './PersonNode';

export function sameNodeDrawing(a: NodeProps<PersonFlowNode>, b: NodeProps<PersonFlowNode>): boolean {
  return (
    a.id === b.id &&
    a.data === b.data &&
    a.selected === b.selected &&
    a.dragging === b.dragging &&
    a.isConnectable === b.isConnectable &&
    a.width === b.width &&
    a.height === b.height
  );
}

export const PersonNodeShell = memo(function PersonNodeShell(props: NodeProps<PersonFlowNode>) {
  return <PersonNode {...props} />;
}, sameNodeDrawing);
