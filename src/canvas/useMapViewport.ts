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

/** Below this zoom the 12 px names shrink under ~8 px and cannot be read. */
const MIN_FIT_ZOOM = 0.7;
/** A new person closer than this to the edge is panned into view. */
const REVEAL_MARGIN = 90;

export function useMapViewport(
  positions: Positions,
  geometry: EcogramGeometry | null,
  fitRequest: string | null,
  settled: boolean,
): { fitMap(): void; reveal(id: string): void } {
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const positionsRef = useRef(positions);
  positionsRef.current = positions;

  const fitMap = useCallback(() => {
    const bounds = mapBounds(positionsRef.current, geometry);
    if (bounds) void rf.fitBounds(bounds, { padding: 0.04 });
  }, [rf, geometry]);

  const autoFit = useCallback(() => {
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

  return { fitMap, reveal: setRevealId };
}
