/**
 * When the genogram's automatic positions change (ELK laid it out again after a new person),
 * the people glide to their new places and the view moves with the anchor person (the selected
 * one, else the young person), so what the family was looking at stays where it was on screen.
 * Off while the case is first drawn (the view is fitted then), for very large maps (a frame per
 * re-render of hundreds of people costs more than it helps) and when the user asks the system
 * for reduced motion: then everyone jumps, as before.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { anchorShift, between, easeOut, GLIDE_MS, nobodyMoved } from '../layout/glide';
import type { Positions } from '../layout/types';

/** Above this many people the map jumps instead of gliding. */
const GLIDE_MAX_PEOPLE = 150;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface GlideOptions {
  enabled: boolean;
  /** Who holds still on screen; null: nobody (the view stays). */
  anchor: string | null;
  /** True for a person placed by hand: their place does not change, so neither does the view. */
  placedByHand(id: string): boolean;
}

export function useGlide(target: Positions, { enabled, anchor, placedByHand }: GlideOptions): Positions {
  const rf = useReactFlow();
  const [drawn, setDrawn] = useState(target);
  const drawnRef = useRef(drawn);
  drawnRef.current = drawn;
  const options = useRef({ enabled, anchor, placedByHand });
  options.current = { enabled, anchor, placedByHand };

  useLayoutEffect(() => {
    const from = drawnRef.current;
    const { enabled: on, anchor: who, placedByHand: byHand } = options.current;
    if (!on || from.size === 0 || target.size > GLIDE_MAX_PEOPLE || reducedMotion() || nobodyMoved(from, target)) {
      setDrawn(target);
      return;
    }
    const shift = who !== null && !byHand(who) ? anchorShift(from, target, who) : null;
    const start = rf.getViewport();
    let began: number | null = null;
    let frame = 0;
    const step = (now: number) => {
      began ??= now;
      const t = Math.min(1, (now - began) / GLIDE_MS);
      const e = easeOut(t);
      setDrawn(between(from, target, e));
      if (shift) rf.setViewport({ x: start.x - shift.x * start.zoom * e, y: start.y - shift.y * start.zoom * e, zoom: start.zoom });
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, rf]);

  return enabled ? drawn : target;
}
