/**
 * Parent-relation graph helpers shared by validation, commands and queries. Every parent type
 * counts (biological, adoptive, foster, step): no kind of parent can be their own ancestor.
 */
import type { Relation } from './schema';

/** parent id -> child ids, from the parent relations (optionally leaving one relation out). */
export function childrenIndex(relations: readonly Relation[], skipId?: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const r of relations) {
    if (r.kind !== 'parent' || r.id === skipId) continue;
    const list = index.get(r.from);
    if (list) list.push(r.to);
    else index.set(r.from, [r.to]);
  }
  return index;
}

/** Is `target` reachable from `start` by going down parent -> child links? */
export function isDescendant(children: Map<string, string[]>, start: string, target: string): boolean {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const child of children.get(current) ?? []) {
      if (child === target) return true;
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * The index of a parent relation that closes a cycle (a person who would be their own ancestor),
 * or -1. Of the relations on the cycle found, the one latest in the file is named: that is the
 * link a reader would see "close the ring".
 *
 * One iterative depth-first search with three colours, linear in the number of relations: a
 * link to a person who is still on the search path (grey) closes a cycle. Iterative because a
 * hostile file can hold a chain of 50,000 links, deeper than any call stack.
 */
export function firstCycleClosingRelation(relations: readonly Relation[]): number {
  // parent id -> indices of its parent relations (self-links are reported elsewhere).
  const out = new Map<string, number[]>();
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i] as Relation;
    if (r.kind !== 'parent' || r.from === r.to) continue;
    const list = out.get(r.from);
    if (list) list.push(i);
    else out.set(r.from, [i]);
  }
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<string, number>();
  for (const root of out.keys()) {
    if (colour.has(root)) continue;
    // The search path: people, the relation that led to each, and how far each is through its links.
    const path: string[] = [root];
    const via: number[] = [-1];
    const next: number[] = [0];
    colour.set(root, GREY);
    while (path.length > 0) {
      const top = path.length - 1;
      const id = path[top] as string;
      const links = out.get(id) ?? [];
      const k = next[top] as number;
      if (k >= links.length) {
        colour.set(id, BLACK);
        path.pop();
        via.pop();
        next.pop();
        continue;
      }
      next[top] = k + 1;
      const index = links[k] as number;
      const child = (relations[index] as Relation).to;
      const c = colour.get(child);
      if (c === GREY) return latestOnCycle(path, via, child, index);
      if (c === undefined) {
        colour.set(child, GREY);
        path.push(child);
        via.push(index);
        next.push(0);
      }
    }
  }
  return -1;
}

/** The latest relation of the cycle: the links on the path from `start` down, plus the closing one. */
function latestOnCycle(path: readonly string[], via: readonly number[], start: string, closing: number): number {
  let latest = closing;
  for (let i = path.length - 1; i >= 0 && path[i] !== start; i--) latest = Math.max(latest, via[i] as number);
  return latest;
}
