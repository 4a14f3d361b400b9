/**
 * When the genogram's automatic positions change (ELK laid it out again after a new person),
 * the people glide to their new places and the view moves with the anchor person (the selected
 * one, else the young person), so what the family was looking at stays where it was on screen.
 * Off while the case is first drawn (the view is fitted then), for very large maps (a frame per
 * re-render of hundreds of people costs more than it helps) and when the user asks the system
 * for reduced motion: then everyone jumps, as before.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
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
  /**
   * The zoom to end the glide at, with the flow point `held` kept at screen point `screen`: the
   * view zooms out in the same motion when the family grew beyond it (useMapViewport).
   */
  zoomTo?(target: Positions, held: { x: number; y: number }, screen: { x: number; y: number }): { zoom: number; screen: { x: number; y: number } };
  /** After a new layout was jumped to (no glide): the view may take everyone in. */
  onJump?(): void;
}

export function useGlide(target: Positions, { enabled, anchor, placedByHand, zoomTo, onJump }: GlideOptions): Positions {
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  // An in-between frame, only while gliding: otherwise the target is drawn as it is, and a change
  // that needs no glide (every add on the netwerkkaart) costs no second render.
  const [frame, setFrame] = useState<Positions | null>(null);
  /** What is on screen now: the start of the next glide, also when one is interrupted. */
  const shown = useRef(target);
  const options = useRef({ enabled, anchor, placedByHand, zoomTo, onJump });
  options.current = { enabled, anchor, placedByHand, zoomTo, onJump };

  useLayoutEffect(() => {
    const from = shown.current;
    const { enabled: on, anchor: who, placedByHand: byHand } = options.current;
    if (!on || from.size === 0 || target.size > GLIDE_MAX_PEOPLE || reducedMotion() || nobodyMoved(from, target)) {
      const changed = from !== target;
      shown.current = target;
      setFrame(null);
      if (on && changed) options.current.onJump?.();
      return;
    }
    const shift = who !== null && !byHand(who) ? anchorShift(from, target, who) : null;
    const start = rf.getViewport();
    // The point held still on screen: the anchor (where it stood), else what is under the middle.
    const a0 = (who !== null ? from.get(who) : undefined) ?? null;
    const { width, height } = flowStore.getState();
    const screen = a0 ? { x: a0.x * start.zoom + start.x, y: a0.y * start.zoom + start.y } : { x: width / 2, y: height / 2 };
    const held0 = a0 ?? { x: (screen.x - start.x) / start.zoom, y: (screen.y - start.y) / start.zoom };
    const held1 = shift ? { x: held0.x + shift.x, y: held0.y + shift.y } : held0;
    const end = options.current.zoomTo?.(target, held1, screen) ?? { zoom: start.zoom, screen };
    const moves = shift !== null || Math.abs(end.zoom - start.zoom) > 1e-3 || end.screen.x !== screen.x || end.screen.y !== screen.y;
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
      if (moves) {
        const zoom = start.zoom + (end.zoom - start.zoom) * e;
        const held = { x: held0.x + (held1.x - held0.x) * e, y: held0.y + (held1.y - held0.y) * e };
        const at = { x: screen.x + (end.screen.x - screen.x) * e, y: screen.y + (end.screen.y - screen.y) * e };
        rf.setViewport({ x: at.x - held.x * zoom, y: at.y - held.y * zoom, zoom });
      }
      if (t < 1) raf = requestAnimationFrame(step);
    };
    raf = requestAnimationFrame(step);
    return () => cancelAnimationFrame(raf);
  }, [target, rf, flowStore]);

  return frame ?? target;
}

