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
  // An in-between frame, only while gliding: otherwise the target is drawn as it is, and a change
  // that needs no glide (every add on the netwerkkaart) costs no second render.
  const [frame, setFrame] = useState<Positions | null>(null);
  /** What is on screen now: the start of the next glide, also when one is interrupted. */
  const shown = useRef(target);
  const options = useRef({ enabled, anchor, placedByHand });
  options.current = { enabled, anchor, placedByHand };

  useLayoutEffect(() => {
    const from = shown.current;
    const { enabled: on, anchor: who, placedByHand: byHand } = options.current;
    if (!on || from.size === 0 || target.size > GLIDE_MAX_PEOPLE || reducedMotion() || nobodyMoved(from, target)) {
      shown.current = target;
      setFrame(null);
      return;
    }
    const shift = who !== null && !byHand(who) ? anchorShift(from, target, who) : null;
    const start = rf.getViewport();
    // Before this commit is painted: the people start where they stood.
    setFrame(from);
    let began: number | null = null;
    let raf = 0;
    const step = (now: number) => {
      began ??= now;
      const t = Math.min(1, (now - began) / GLIDE_MS);
      const e = easeOut(t);
      shown.current = between(from, target, e);
      setFrame(t < 1 ? shown.current : null);
      if (shift) rf.setViewport({ x: start.x - shift.x * start.zoom * e, y: start.y - shift.y * start.zoom * e, zoom: start.zoom });
      if (t < 1) raf = requestAnimationFrame(step);
    };
    raf = requestAnimationFrame(step);
    return () => cancelAnimationFrame(raf);
  }, [target, rf]);

  return frame ?? target;
}
