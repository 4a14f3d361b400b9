/**
 * Between the two ELK passes, row by row from the top: sibling groups stay together under
 * their parents, in birth order; a block that joins two blood families goes to the end of its
 * sibling group nearest the other family; each block is flipped so every spouse is on the
 * side of their own parents (married-in spouses end up on the outside).
 */
import { birthOrder, type FamilyModel } from './family';
import { blockWidth, memberOffset, type Block } from './genogramBlocks';

const GAP = 24;

/** Returns each block's index in its row; may reverse `block.members` (a flip). */
export function resortBlocks(model: FamilyModel, blocks: Block[], pass1X: Map<string, number>): Map<string, number> {
  const rows = new Map<number, Block[]>();
  for (const b of blocks) rows.set(b.generation, [...(rows.get(b.generation) ?? []), b]);
  const blockOf = new Map<string, Block>();
  for (const b of blocks) for (const m of b.members) blockOf.set(m, b);
  const left = new Map<string, number>(); // provisional left x of each block, rows above done
  const order = new Map<string, number>();
  const byBirth = birthOrder(model);

  const memberX = (id: string): number | undefined => {
    const b = blockOf.get(id)!;
    const l = left.get(b.id);
    return l === undefined ? undefined : l + memberOffset(b.members.indexOf(id));
  };
  /** x of a union's bottom port, if its block is already placed. */
  const unionX = (unionId: string): number | undefined => {
    const u = model.unionById.get(unionId)!;
    const xs = u.partners.map(memberX).filter((x): x is number => x !== undefined);
    if (xs.length === 0) return undefined;
    return (Math.min(...xs) + Math.max(...xs)) / 2;
  };

  for (const gen of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(gen)!;
    interface Item { block: Block; key: number; sub: number; tie: number }
    const items: Item[] = row.map((block) => {
      // The sibling groups this block's members belong to, with the parents' x.
      const groups = block.members
        .map((m) => ({ m, u: model.primaryUnion.get(m) }))
        .filter((g): g is { m: string; u: string } => g.u !== undefined)
        .map((g) => ({ ...g, x: unionX(g.u) ?? siblingsX(model, g.u, pass1X, blockOf) }));
      const ownX = pass1X.get(block.id)! + blockWidth(block.members.length) / 2;
      if (groups.length === 0) return { block, key: ownX, sub: 0, tie: 0 };
      // Home: the family ELK's crossing minimisation put this block nearest to.
      groups.sort((a, b) => Math.abs(a.x - ownX) - Math.abs(b.x - ownX) || model.rank.get(a.m)! - model.rank.get(b.m)!);
      const home = groups[0]!;
      const sibs = model.unionById.get(home.u)!.children;
      const i = [...sibs].sort(byBirth).indexOf(home.m);
      // Joining two families: to the end of the sibling group nearest the other family.
      const other = groups.find((g) => g.x !== home.x);
      const sub = other === undefined ? i : other.x > home.x ? 1e6 : -1e6;
      return { block, key: home.x, sub, tie: model.rank.get(home.m)! };
    });
    items.sort((a, b) => a.key - b.key || a.sub - b.sub || a.tie - b.tie);
    let prevEnd = Number.NEGATIVE_INFINITY;
    items.forEach((it, index) => {
      const w = blockWidth(it.block.members.length);
      const l = Math.max(it.key - w / 2, prevEnd + GAP);
      flip(model, it.block, l, unionX);
      order.set(it.block.id, index);
      left.set(it.block.id, l);
      prevEnd = l + w;
    });
  }
  return order;
}

/** Sibling groups without placed parents (explicit siblings): where ELK put them. */
function siblingsX(model: FamilyModel, unionId: string, pass1X: Map<string, number>, blockOf: Map<string, Block>): number {
  const xs = model.unionById.get(unionId)!.children.map((c) => pass1X.get(blockOf.get(c)!.id) ?? 0);
  return Math.min(...xs);
}

/**
 * Reverse a block if that brings its members closer to their own parents (so a married-in
 * spouse ends up on the outside); when that does not decide, a couple is drawn man left.
 */
function flip(model: FamilyModel, block: Block, left: number, unionX: (u: string) => number | undefined): void {
  const n = block.members.length;
  if (n < 2) return;
  let asIs = 0;
  let reversed = 0;
  const anchored: Array<{ k: number; px: number }> = [];
  block.members.forEach((m, k) => {
    const u = model.primaryUnion.get(m);
    const px = u === undefined ? undefined : unionX(u);
    if (px === undefined) return;
    anchored.push({ k, px });
    asIs += Math.abs(left + memberOffset(k) - px);
    reversed += Math.abs(left + memberOffset(n - 1 - k) - px);
  });
  // Members with parents in two families: avoid crossing their lines first, distance second.
  let concordance = 0;
  for (let i = 0; i < anchored.length; i++) {
    for (let j = i + 1; j < anchored.length; j++) {
      concordance += Math.sign(anchored[j]!.k - anchored[i]!.k) * Math.sign(anchored[j]!.px - anchored[i]!.px);
    }
  }
  if (concordance !== 0) {
    if (concordance < 0) block.members.reverse();
    return;
  }
  if (reversed < asIs - 0.5) block.members.reverse();
  else if (Math.abs(reversed - asIs) <= 0.5 && n === 2) {
    const first = model.person.get(block.members[0]!);
    const last = model.person.get(block.members[1]!);
    if (first?.gender !== 'male' && last?.gender === 'male') block.members.reverse();
  }
}
