/**
 * People in a checklist with the chosen ones first. An editor takes this order once, when it
 * opens: the people already in an agreement are then in view above the fold of a long list, and
 * nobody jumps around while boxes are being ticked.
 */
import type { Person } from '../../graph/schema';

export function chosenFirst(people: Person[], chosen: string[]): string[] {
  const set = new Set(chosen);
  return [...people.filter((p) => set.has(p.id)), ...people.filter((p) => !set.has(p.id))].map((p) => p.id);
}

/** The people in a fixed order; anyone not in it (added since) comes last. */
export function inOrder(people: Person[], order: string[]): Person[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...people].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}
