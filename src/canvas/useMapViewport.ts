/**
 * The map's viewport behaviour. The netwerkkaart always shows the whole circle with its sector
 * labels: when it opens, after "Automatisch schikken", and whenever the pane changes size (a
 * window resized, a side pane opened). The genogram fits on request without shrinking names
 * below readability. A just-added person outside the view makes the view grow to take them in
 * with what was already seen, never pans to follow them away from the others.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { EcogramGeometry } from '../layout/netwerkkaart';
import type { Positions } from '../layout/types';
import { mapBounds } from '../draw/mapBounds';
import { zoomToFitAll, zoomToHoldAll } from '../layout/viewFit';

/** Where a glide ends: the zoom, and where on screen the held point is then. */
export interface ViewEnd {
  zoom: number;
  screen: { x: number; y: number };
}

/** Below this zoom the 12 px names shrink under ~8 px and cannot be read. */
const MIN_FIT_ZOOM = 0.7;
/** A new person closer than this to the edge is panned into view. */
const REVEAL_MARGIN = 90;

export function useMapViewport(
  positions: Positions,
  geometry: EcogramGeometry | null,
  fitRequest: string | null,
  settled: boolean,
): {
  fitMap(): void;
  reveal(id: string): void;
  takeInAll(keep: string | null): void;
  zoomAfterLayout(target: Positions, held: { x: number; y: number }, screen: { x: number; y: number }): ViewEnd;
  onMoveStart(event: unknown): void;
  /** The zoom buttons were used: a zoom by hand, kept like a pinch. */
  zoomedByHand(): void;
} {
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const positionsRef = useRef(positions);
  positionsRef.current = positions;

  // Someone who zoomed or panned by hand keeps their view when the genogram grows (takeInAll);
  // a fit gives it back to the map. React Flow passes the pointer or wheel event for a gesture
  // and null for a move made in code.
  const userMoved = useRef(false);
  const onMoveStart = useCallback((event: unknown) => {
    if (event) userMoved.current = true;
  }, []);
  // The + and − buttons zoom in code (no event), but they are a zoom by hand all the same.
  const zoomedByHand = useCallback(() => {
    userMoved.current = true;
  }, []);

  const fitMap = useCallback(() => {
    userMoved.current = false;
    const bounds = mapBounds(positionsRef.current, geometry);
    if (bounds) void rf.fitBounds(bounds, { padding: 0.04 });
  }, [rf, geometry]);

  const autoFit = useCallback(() => {
    userMoved.current = false;
    const { width, height } = flowStore.getState();
    const all = mapBounds(positionsRef.current, geometry);
    // The netwerkkaart is read as a whole: the circle with every sector label, also when empty.
    if (geometry && all) {
      void rf.fitBounds(all, { padding: 0.04 });
      return;
    }
    const people = mapBounds(positionsRef.current, null);
    if (!all || !people) return;
    const zoomFor = (b: { width: number; height: number }) => Math.min(width / b.width, height / b.height) * 0.96;
    if (zoomFor(all) >= MIN_FIT_ZOOM) {
      void rf.fitBounds(all, { padding: 0.04 });
      return;
    }
    const zoom = Math.min(1, Math.max(MIN_FIT_ZOOM, zoomFor(people)));
    void rf.setCenter(people.x + people.width / 2, people.y + people.height / 2, { zoom });
  }, [rf, geometry, flowStore]);

  const fitted = useRef<string | null>(null);
  // Fitting needs the pane's size, which React Flow measures after mounting.
  const sized = useStore((s) => s.width > 0 && s.height > 0);
  useEffect(() => {
    if (!sized || fitRequest === null || fitRequest === fitted.current) return;
    fitted.current = fitRequest;
    // After React Flow has the new nodes in its store.
    const frame = requestAnimationFrame(autoFit);
    return () => cancelAnimationFrame(frame);
    // Only a new request fits: the geometry changing under the user's hands must not re-zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitRequest, sized]);

  // The pane changed size (window, side pane, steps pane): the whole netwerkkaart again.
  const size = useStore((s) => `${Math.round(s.width)}x${Math.round(s.height)}`);
  const lastSize = useRef(size);
  useEffect(() => {
    if (size === lastSize.current) return;
    lastSize.current = size;
    if (!geometry || !sized) return;
    const frame = requestAnimationFrame(fitMap);
    return () => cancelAnimationFrame(frame);
  }, [size, sized, geometry, fitMap]);

  // The genogram was laid out again and grew: zoom out (never in) about the person looked at, so
  // that they stay where they are on screen and everyone else comes into view, down to a
  // readable zoom. Before, the view kept only that person in place, and a tree that grew
  // upwards and sideways left most of the family off screen. Someone who zoomed or panned by
  // hand keeps their view. `zoomAfterLayout` is asked by the glide (one motion); `takeInAll`
  // applies it at once when the layout was jumped to.
  const zoomAfterLayout = useCallback(
    (target: Positions, held: { x: number; y: number }, screen: { x: number; y: number }): ViewEnd => {
      const zoom = rf.getViewport().zoom;
      const stay = { zoom, screen };
      if (geometry || userMoved.current || target.size === 0) return stay;
      const { width, height } = flowStore.getState();
      if (width === 0 || height === 0) return stay;
      const fits = zoomToHoldAll(target, held, { ax: screen.x, ay: screen.y, width, height });
      if (fits >= zoom) return stay;
      const floor = Math.min(MIN_FIT_ZOOM, zoom);
      if (fits >= floor) return { zoom: fits, screen };
      // Held where it is, the person looked at is too near an edge for everyone to fit: then the
      // whole family, centred, if it fits at a readable zoom (that person moves, but stays in view).
      const all = zoomToFitAll(target, { width, height });
      if (all.zoom >= floor) {
        const z = Math.min(zoom, all.zoom);
        return { zoom: z, screen: { x: width / 2 + (held.x - all.centre.x) * z, y: height / 2 + (held.y - all.centre.y) * z } };
      }
      return { zoom: floor, screen };
    },
    [rf, geometry, flowStore],
  );
  const takeInAll = useCallback(
    (keep: string | null) => {
      const positions = positionsRef.current;
      const { width, height } = flowStore.getState();
      const { x, y, zoom } = rf.getViewport();
      const held = (keep ? positions.get(keep) : undefined) ?? { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
      const end = zoomAfterLayout(positions, held, { x: held.x * zoom + x, y: held.y * zoom + y });
      if (end.zoom < zoom - 1e-3) void rf.setViewport({ x: end.screen.x - held.x * end.zoom, y: end.screen.y - held.y * end.zoom, zoom: end.zoom });
    },
    [rf, flowStore, zoomAfterLayout],
  );

  const [revealId, setRevealId] = useState<string | null>(null);
  useEffect(() => {
    const p = revealId ? positions.get(revealId) : undefined;
    if (!p || !settled) return;
    setRevealId(null);
    const { width, height } = flowStore.getState();
    const { x, y, zoom } = rf.getViewport();
    const sx = p.x * zoom + x;
    const sy = p.y * zoom + y;
    const m = REVEAL_MARGIN;
    if (sx >= m && sy >= m && sx <= width - m && sy <= height - m) return;
    // Grow the view to hold what was in view plus the new person (with room for their name).
    const seen = { x0: -x / zoom, y0: -y / zoom, x1: (width - x) / zoom, y1: (height - y) / zoom };
    const pad = m / Math.max(zoom, 0.1);
    const x0 = Math.min(seen.x0, p.x - pad);
    const y0 = Math.min(seen.y0, p.y - pad);
    const x1 = Math.max(seen.x1, p.x + pad);
    const y1 = Math.max(seen.y1, p.y + pad);
    void rf.fitBounds({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, { padding: 0, duration: 200 });
  }, [revealId, positions, settled, flowStore, rf]);

  return { fitMap, reveal: setRevealId, takeInAll, zoomAfterLayout, onMoveStart, zoomedByHand };
}
