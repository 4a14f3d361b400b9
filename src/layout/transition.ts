/**
 * The optional animation from "toen" to "nu" in a comparison: where everyone stands at a share
 * `t` (0 = then, 1 = now) of the way. Who is in both moments slides from the old place to the new;
 * who is in one moment only stays at their place in it (the drawing shows them in that moment's
 * half: who left until halfway, who joined from halfway). Marked difference maps stay the default:
 * an animation asks the viewer to remember what moved (Archambault et al.).
 */
import type { Positions } from './types';

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function transitionPositions(before: Positions, after: Positions, t: number): Positions {
  const s = ease(Math.min(1, Math.max(0, t)));
  const out = new Map(before);
  for (const [id, b] of after) {
    const a = before.get(id);
    out.set(id, a ? { x: a.x + (b.x - a.x) * s, y: a.y + (b.y - a.y) * s } : b);
  }
  return out;
}

/** Which moment's people and ties are drawn at `t`: the earlier until halfway. */
export const transitionMoment = (t: number): 'then' | 'now' => (t < 0.5 ? 'then' : 'now');
