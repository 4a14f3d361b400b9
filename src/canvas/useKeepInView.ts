/**
 * A pane opened beside the genogram (or the tablet turned) makes the map narrower, and the
 * selected person, whom the pane is about, may end up behind the new edge. Then the view grows
 * to take them in again, as it does for a new person (useMapViewport's reveal: nobody is
 * followed away from the others). The netwerkkaart is refitted whole at every resize anyway.
 */
import { useEffect, useRef } from 'react';
import { useStore } from '@xyflow/react';

export function useKeepInView(selectedId: string | null, reveal: (id: string) => void, enabled: boolean): void {
  const size = useStore((s) => `${Math.round(s.width)}x${Math.round(s.height)}`);
  const last = useRef(size);
  const selected = useRef(selectedId);
  selected.current = selectedId;
  useEffect(() => {
    if (size === last.current) return;
    last.current = size;
    if (enabled && selected.current) reveal(selected.current);
  }, [size, enabled, reveal]);
}
