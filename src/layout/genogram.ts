/**
 * Genogram layout: family blocks, two ELK passes (see ../shared/design/genogram-layout.md).
 * Pass 1 only yields an order of blocks per row; we re-sort it (sibling groups, birth order,
 * spouses on their parents' side); pass 2 keeps that order and chooses x. Rows are the
 * generations from the family model. Pure and deterministic: same document -> same positions.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { CaseDocument } from '../graph/schema';
import { buildFamily } from './family';
import { buildBlocks, blockWidth, memberOffset, type Block } from './genogramBlocks';
import { buildElkGraph, type ElkLike } from './genogramElk';
import { resortBlocks } from './genogramResort';
import { GENERATION_GAP, SYMBOL_SIZE } from './metrics';
import type { Positions } from './types';

export type { ElkLike } from './genogramElk';
export { genogramLayoutKey } from './genogramKey';

const MIN_GAP = 24;

/**
 * People the genogram leaves out (friends, neighbours, professionals without a family
 * relation): the view shows their number ("3 personen staan alleen in de netwerkkaart").
 */
export function peopleOutsideGenogram(doc: CaseDocument): string[] {
  return buildFamily(doc).outside;
}

export async function layoutGenogram(doc: CaseDocument, elk: ElkLike): Promise<Positions> {
  const model = buildFamily(doc);
  if (model.members.length === 0) return new Map();
  const blocks = buildBlocks(model);
  const pass1 = await elk.layout(buildElkGraph(model, blocks, null));
  const order = resortBlocks(model, blocks, xOf(pass1));
  const pass2 = await elk.layout(buildElkGraph(model, blocks, order));
  return place(blocks, order, xOf(pass2));
}

function xOf(graph: ElkNode): Map<string, number> {
  return new Map((graph.children ?? []).map((n) => [n.id, n.x ?? 0]));
}

/**
 * Final coordinates: x from ELK, y from our generation; then a sweep per row in our order, so
 * no two blocks can overlap even if ELK layered something differently than we asked.
 */
function place(blocks: Block[], order: Map<string, number>, x: Map<string, number>): Positions {
  const rows = new Map<number, Block[]>();
  for (const b of blocks) rows.set(b.generation, [...(rows.get(b.generation) ?? []), b]);
  const left = new Map<string, number>();
  for (const row of rows.values()) {
    row.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    let prevEnd = Number.NEGATIVE_INFINITY;
    for (const b of row) {
      const l = Math.max(x.get(b.id) ?? 0, prevEnd + MIN_GAP);
      left.set(b.id, l);
      prevEnd = l + blockWidth(b.members.length);
    }
  }
  const minLeft = Math.min(...left.values());
  const positions = new Map<string, { x: number; y: number }>();
  for (const b of blocks) {
    b.members.forEach((m, k) => {
      positions.set(m, {
        x: Math.round(left.get(b.id)! - minLeft + memberOffset(k)),
        y: b.generation * GENERATION_GAP + SYMBOL_SIZE / 2,
      });
    });
  }
  return positions;
}
