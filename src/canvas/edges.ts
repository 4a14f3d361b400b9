/**
 * Document -> React Flow edges. Only ecogram ties are React Flow edges (so they can be
 * selected and edited in place); the genogram's couple and child lines are drawn from the
 * positions by the connector layer, because generic edge routes do not look like a genogram.
 */
import type { Edge } from '@xyflow/react';
import type { CaseDocument, TieRelation } from '../graph/schema';
import { canvasText } from '../i18n/canvas';
import { displayName } from '../i18n/names';

export interface TieEdgeData extends Record<string, unknown> {
  tie: TieRelation;
}

export type TieFlowEdge = Edge<TieEdgeData, 'tie'>;

export function buildTieEdges(
  doc: CaseDocument,
  shown: ReadonlySet<string>,
  selectedId: string | null,
  previous?: Map<string, TieFlowEdge>,
): TieFlowEdge[] {
  const names = new Map(doc.people.map((p) => [p.id, displayName(p)]));
  const edges: TieFlowEdge[] = [];
  for (const r of doc.relations) {
    if (r.kind !== 'tie' || !shown.has(r.from) || !shown.has(r.to)) continue;
    const selected = selectedId === r.id;
    const old = previous?.get(r.id);
    if (old && old.data?.tie === r && old.selected === selected) {
      edges.push(old);
      continue;
    }
    edges.push({
      id: r.id,
      type: 'tie',
      source: r.from,
      target: r.to,
      selected,
      deletable: false,
      data: { tie: r },
      ariaLabel: canvasText.selectedTie(names.get(r.from) ?? '', names.get(r.to) ?? ''),
    });
  }
  return edges;
}
