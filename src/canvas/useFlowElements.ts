/**
 * Memoised document -> nodes and edges for one view. The previous node and edge objects are
 * handed back in, so unchanged people keep their object and React Flow skips them.
 */
import { useMemo, useRef } from 'react';
import type { CaseDocument, ViewName } from '../graph/schema';
import type { Positions } from '../layout/types';
import type { NodeOverlay } from '../state/overlay';
import { buildTieEdges, type TieFlowEdge } from './edges';
import { buildPersonNodes, type PersonFlowNode } from './nodes';

export interface FlowElementsInput {
  doc: CaseDocument;
  view: ViewName;
  auto: Positions;
  preview: Positions;
  overlays: ReadonlyMap<string, NodeOverlay>;
  hiddenTies: ReadonlySet<string>;
  selectedPerson: string | null;
  selectedRelation: string | null;
}

export function useFlowElements(input: FlowElementsInput): { nodes: PersonFlowNode[]; edges: TieFlowEdge[] } {
  const { doc, view, auto, preview, overlays, hiddenTies, selectedPerson, selectedRelation } = input;
  const nodeCache = useRef(new Map<string, PersonFlowNode>());
  const edgeCache = useRef(new Map<string, TieFlowEdge>());

  const nodes = useMemo(() => {
    const built = buildPersonNodes(
      { doc, view, auto, dragging: preview, overlays, selectedId: selectedPerson },
      nodeCache.current,
    );
    nodeCache.current = new Map(built.map((n) => [n.id, n]));
    return built;
  }, [doc, view, auto, preview, overlays, selectedPerson]);

  const edges = useMemo(() => {
    const shown = new Set(nodes.map((n) => n.id));
    const built = buildTieEdges(doc, shown, selectedRelation, edgeCache.current).filter((e) => !hiddenTies.has(e.id));
    edgeCache.current = new Map(built.map((e) => [e.id, e]));
    return built;
  }, [doc, nodes, selectedRelation, hiddenTies]);

  return { nodes, edges };
}
