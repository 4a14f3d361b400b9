/**
 * Mounting many new people a slice at a time. React Flow renders its nodes from its own store
 * with a synchronous update, so a freshly imported case of hundreds of people would otherwise be
 * created in one main-thread block (hundreds of ms). New nodes beyond a budget wait for the
 * next task; a person added by hand (one new node) is never held back.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

/** New nodes mounted per task: keeps each task near or under the 50 ms long-task mark. */
export const MOUNT_CHUNK = 30;

export interface Admission<T> {
  /** The nodes to hand to React Flow now, in their original order. */
  shown: T[];
  /** Ids of everything shown (the next call's `admitted`). */
  admitted: Set<string>;
  /** How many nodes still wait. */
  waiting: number;
}

/** Already-mounted nodes always stay; of the new ones, the first `budget` are let in. */
export function admitNodes<T extends { id: string }>(nodes: readonly T[], admitted: ReadonlySet<string>, budget: number): Admission<T> {
  const shown: T[] = [];
  const next = new Set<string>();
  let left = budget;
  let waiting = 0;
  for (const n of nodes) {
    if (admitted.has(n.id) || left > 0) {
      if (!admitted.has(n.id)) left--;
      shown.push(n);
      next.add(n.id);
    } else {
      waiting++;
    }
  }
  return { shown: waiting === 0 && shown.length === nodes.length ? (nodes as T[]) : shown, admitted: next, waiting };
}

export function useProgressiveNodes<T extends { id: string }>(nodes: T[], chunk = MOUNT_CHUNK): { shown: T[]; complete: boolean } {
  const admitted = useRef<ReadonlySet<string>>(new Set());
  const [round, setRound] = useState(0);
  // `round` only re-runs the admission so the next slice comes in.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const result = useMemo(() => admitNodes(nodes, admitted.current, chunk), [nodes, round, chunk]);
  useEffect(() => {
    admitted.current = result.admitted;
    if (result.waiting === 0) return;
    // A new task, so the browser can handle input and paint between slices.
    const timer = setTimeout(() => setRound((r) => r + 1), 0);
    return () => clearTimeout(timer);
  }, [result]);
  return { shown: result.shown, complete: result.waiting === 0 };
}
