/**
 * The map's viewport behaviour: fit to the screen on request (once per case and after
 * "Automatisch schikken") without shrinking names below readability, a full fit for the fit
 * button, and panning a just-added person into view.
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
    if (sx < m || sy < m || sx > width - m || sy > height - m) void rf.setCenter(p.x, p.y, { zoom, duration: 200 });
  }, [revealId, positions, settled, flowStore, rf]);

  return { fitMap, reveal: setRevealId };
}
