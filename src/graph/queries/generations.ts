/**
 * Generation numbers for the genogram rows: 0 is the top row. A child sits at least one row
 * below each of its parents (the longest path from the top), partners and explicit siblings share
 * a row, and a parent without parents of their own is pulled down next to their partner or just
 * above their children (so someone who married in does not float at the top).
 * People with no genogram relation at all (friends, professionals) get the focus person's row.
 */
import type { CaseDocument } from '../schema';

export function generations(doc: CaseDocument): Map<string, number> {
  const gen = new Map<string, number>(doc.people.map((p) => [p.id, 0]));
  const parentLinks: Array<[string, string]> = [];
  const sameRow: Array<[string, string]> = [];
  const hasParents = new Set<string>();
  const children = new Map<string, string[]>();
  const related = new Set<string>();
  for (const r of doc.relations) {
    if (!gen.has(r.from) || !gen.has(r.to) || r.from === r.to || r.kind === 'tie') continue;
    related.add(r.from).add(r.to);
    if (r.kind === 'parent') {
      parentLinks.push([r.from, r.to]);
      hasParents.add(r.to);
      const kids = children.get(r.from);
      if (kids) kids.push(r.to);
      else children.set(r.from, [r.to]);
    } else sameRow.push([r.from, r.to]);
  }
  const get = (id: string): number => gen.get(id) ?? 0;
  const raise = (id: string, to: number): boolean => {
    if (to <= get(id)) return false;
    gen.set(id, to);
    return true;
  };
  // Every step only raises numbers; a bound stops odd data (partner of own child) from looping.
  const bound = doc.people.length + 2;
  for (let round = 0; round < bound; round++) {
    let changed = false;
    for (const [parent, child] of parentLinks) changed = raise(child, get(parent) + 1) || changed;
    for (const [a, b] of sameRow) {
      const row = Math.max(get(a), get(b));
      changed = raise(a, row) || changed;
      changed = raise(b, row) || changed;
    }
    for (const [id, kids] of children) {
      if (hasParents.has(id)) continue;
      changed = raise(id, Math.min(...kids.map(get)) - 1) || changed;
    }
    if (!changed) break;
  }
  const focus = doc.people.find((p) => p.focus && related.has(p.id));
  const loose = focus ? get(focus.id) : 0;
  for (const p of doc.people) if (!related.has(p.id)) gen.set(p.id, loose);
  const top = Math.min(0, ...gen.values());
  if (top < 0) for (const [id, g] of gen) gen.set(id, g - top);
  return gen;
}
