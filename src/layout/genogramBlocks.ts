/**
 * Family blocks: each chain of partners is laid out as ONE fixed-width node, so partners can
 * never drift apart (the main failure of a union-dummy-node encoding). Members are ordered
 * ex – person – partner: the longest path through the partner graph, with further partners
 * next to theirs, earlier (ended) relations further out.
 */
import { PARTNER_GAP, SLOT_WIDTH } from './metrics';
import type { FamilyModel, Union } from './family';

export interface Block {
  id: string;
  members: string[];
  generation: number;
}

const ENDED = new Set(['divorced', 'separated', 'widowed']);

export function blockWidth(n: number): number {
  return n * SLOT_WIDTH + (n - 1) * PARTNER_GAP;
}

/** Centre x of member k, relative to the block's left edge. */
export function memberOffset(k: number): number {
  return k * (SLOT_WIDTH + PARTNER_GAP) + SLOT_WIDTH / 2;
}

export function buildBlocks(model: FamilyModel): Block[] {
  const adj = new Map<string, Map<string, Union>>();
  const link = (a: string, b: string, u: Union) => {
    if (!adj.has(a)) adj.set(a, new Map());
    adj.get(a)!.set(b, u);
  };
  for (const u of model.unions) {
    if (u.partners.length !== 2) continue;
    const [a, b] = u.partners as [string, string];
    link(a, b, u);
    link(b, a, u);
  }
  const rank = (id: string) => model.rank.get(id)!;
  const neighbours = (id: string) => [...(adj.get(id)?.keys() ?? [])].sort((a, b) => rank(a) - rank(b));
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const start of model.members) {
    if (seen.has(start)) continue;
    const comp: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const id = stack.pop()!;
      comp.push(id);
      for (const n of neighbours(id)) if (!seen.has(n)) (seen.add(n), stack.push(n));
    }
    const members = comp.length === 1 ? comp : orderChain(comp, neighbours, adj, model);
    blocks.push({ id: `b:${members[0]}`, members, generation: model.generation.get(start)! });
  }
  return blocks;
}

/** Farthest node from `from` by BFS (ties: document order), with the path to it. */
function farthest(from: string, neighbours: (id: string) => string[]): string[] {
  const prev = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  let last = from;
  while (queue.length) {
    const id = queue.shift()!;
    last = id;
    for (const n of neighbours(id)) if (!prev.has(n)) (prev.set(n, id), queue.push(n));
  }
  const path: string[] = [];
  for (let c: string | null = last; c !== null; c = prev.get(c)!) path.push(c);
  return path;
}

function orderChain(
  comp: string[],
  neighbours: (id: string) => string[],
  adj: Map<string, Map<string, Union>>,
  model: FamilyModel,
): string[] {
  const relTime = (a: string, b: string): number => {
    const u = adj.get(a)?.get(b);
    const ended = u?.status && ENDED.has(u.status) ? 0 : 1;
    return ended * 1e6 + model.unions.indexOf(u!);
  };
  const byTime = (id: string) => [...neighbours(id)].sort((a, b) => relTime(id, a) - relTime(id, b));
  // The spine runs from the most-partnered person's earliest partner to the farthest partner,
  // the latest relation among equals, so the oldest ex ends up outermost.
  const hub = [...comp].sort((a, b) => neighbours(b).length - neighbours(a).length || model.rank.get(a)! - model.rank.get(b)!)[0]!;
  const firstEx = byTime(hub)[0]!;
  const spine = farthest(firstEx, byTime).reverse();
  const placed = new Set(spine);
  const out: string[] = [];
  spine.forEach((s, i) => {
    const extras = neighbours(s).filter((n) => !placed.has(n));
    const expanded: string[] = [];
    for (const e of extras.sort((a, b) => relTime(s, a) - relTime(s, b))) {
      // An extra partner's own further partners follow it (rare: a chain hanging off a chain).
      const sub = [e];
      placed.add(e);
      for (let k = 0; k < sub.length; k++) {
        for (const n of neighbours(sub[k]!)) if (!placed.has(n)) (placed.add(n), sub.push(n));
      }
      expanded.push(...sub.reverse());
    }
    // Extras go between the person and the neighbour on the side of their ex (or left at the start).
    const leftNeighbour = spine[i - 1];
    const toLeft = i === spine.length - 1 ? false : i === 0 ? true : leftNeighbour !== undefined;
    if (toLeft) out.push(...expanded, s);
    else out.push(s, ...expanded.reverse());
  });
  return out;
}
