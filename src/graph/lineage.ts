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
 * The index of the first parent relation that closes a cycle (a person who would be their own
 * ancestor), or -1. Relations are added in file order, so the message names the relation that
 * a reader would see last — the one that "closes the ring".
 */
export function firstCycleClosingRelation(relations: readonly Relation[]): number {
  if (!hasParentCycle(relations)) return -1; // linear pre-check; the search below is quadratic
  const children = new Map<string, string[]>();
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i] as Relation;
    if (r.kind !== 'parent' || r.from === r.to) continue;
    if (isDescendant(children, r.to, r.from)) return i;
    const list = children.get(r.from);
    if (list) list.push(r.to);
    else children.set(r.from, [r.to]);
  }
  return -1;
}

/** Kahn's algorithm: true when the parent links contain a cycle (self-links ignored). */
function hasParentCycle(relations: readonly Relation[]): boolean {
  const indegree = new Map<string, number>();
  const children = new Map<string, string[]>();
  for (const r of relations) {
    if (r.kind !== 'parent' || r.from === r.to) continue;
    indegree.set(r.to, (indegree.get(r.to) ?? 0) + 1);
    if (!indegree.has(r.from)) indegree.set(r.from, 0);
    const list = children.get(r.from);
    if (list) list.push(r.to);
    else children.set(r.from, [r.to]);
  }
  const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  let visited = 0;
  while (queue.length > 0) {
    const id = queue.pop() as string;
    visited++;
    for (const child of children.get(id) ?? []) {
      const d = (indegree.get(child) ?? 0) - 1;
      indegree.set(child, d);
      if (d === 0) queue.push(child);
    }
  }
  return visited < indegree.size;
}
