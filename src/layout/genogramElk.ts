/**
 * The ELK graph of the family blocks: fixed ports on each block (top: a member who has parents;
 * bottom: a union with children, at the couple's midpoint), one edge per child from its union.
 * Options are the measured winners of the prototype (../shared/design/genogram-layout.md).
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import { SYMBOL_SIZE } from './metrics';
import type { FamilyModel } from './family';
import { blockWidth, memberOffset, type Block } from './genogramBlocks';

/** What we need of ELK: the bundled build in Node tests, the worker build in the app. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

// We draw our own connectors, so ELK's edge routes are thrown away: POLYLINE is much cheaper
// than ORTHOGONAL (1000 people: ~0.5 s instead of ~1.6 s a pass here) and x comes out the same kind.
const BASE_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '30',
  'elk.separateConnectedComponents': 'false',
};

/** Pass 1 only yields an order per row (rows = our generations): the cheapest node placement will do. */
const PASS1_OPTIONS: Record<string, string> = {
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.layering.strategy': 'INTERACTIVE',
};

/** Pass 2: keep the order we give exactly and only choose x. */
const PASS2_OPTIONS: Record<string, string> = {
  // Rows are our generations, not ELK's choice: layering follows the y we hand in.
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.semiInteractive': 'true',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
};

export const topPort = (person: string) => `t:${person}`;
export const bottomPort = (unionId: string) => `u:${unionId}`;

export function buildElkGraph(
  model: FamilyModel,
  blocks: Block[],
  order: Map<string, number> | null,
): ElkNode {
  const blockOf = new Map<string, Block>();
  for (const b of blocks) for (const m of b.members) blockOf.set(m, b);
  const bottomPorts = new Map<string, ElkPort[]>();
  const edges: ElkExtendedEdge[] = [];
  for (const u of model.unions) {
    if (u.partners.length === 0 || u.children.length === 0) continue;
    const block = blockOf.get(u.partners[0]!);
    if (!block) continue;
    const xs = u.partners.map((p) => memberOffset(block.members.indexOf(p)));
    const x = (Math.min(...xs) + Math.max(...xs)) / 2;
    const port: ElkPort = { id: bottomPort(u.id), x: x - 1, y: SYMBOL_SIZE, width: 2, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } };
    bottomPorts.set(block.id, [...(bottomPorts.get(block.id) ?? []), port]);
    for (const c of u.children) {
      if (!blockOf.has(c)) continue;
      edges.push({ id: `e:${u.id}:${c}`, sources: [port.id], targets: [topPort(c)] });
    }
  }
  const children: ElkNode[] = blocks.map((b) => {
    const ports: ElkPort[] = b.members
      .filter((m) => model.childUnions.has(m))
      .map((m) => ({ id: topPort(m), x: memberOffset(b.members.indexOf(m)) - 1, y: 0, width: 2, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } }));
    ports.push(...(bottomPorts.get(b.id) ?? []));
    const y = b.generation * 200;
    const x = order ? order.get(b.id)! * 10 : 0;
    return {
      id: b.id,
      width: blockWidth(b.members.length),
      height: SYMBOL_SIZE,
      x,
      y,
      ports,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS', 'elk.position': `(${x}, ${y})` },
    };
  });
  return {
    id: 'genogram',
    layoutOptions: { ...BASE_OPTIONS, ...(order ? PASS2_OPTIONS : PASS1_OPTIONS) },
    children,
    edges,
  };
}
