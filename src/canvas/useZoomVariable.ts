/**
 * Puts the map's zoom on the canvas element as the CSS variable --nk-zoom, so canvas.css can keep
 * a person and the connect knob at least 44 px under a finger at any zoom: the netwerkkaart is
 * fitted whole, which draws a 48 px person box at 25-35 px on a tablet. Written straight onto
 * the element, not through React state: the zoom changes at every frame of a pinch, and only
 * a changed zoom (not a pan) is written.
 */
import { useEffect, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';

export function useZoomVariable(element: RefObject<HTMLElement | null>): void {
  const flow = useStoreApi();
  useEffect(() => {
    let written = NaN;
    const write = (zoom: number) => {
      // Two decimals: a hit area a fraction of a pixel off is not worth restyling every person.
      const rounded = Math.round(zoom * 100) / 100;
      if (rounded === written || !element.current) return;
      written = rounded;
      element.current.style.setProperty('--nk-zoom', String(rounded));
    };
    write(flow.getState().transform[2]);
    return flow.subscribe((state) => write(state.transform[2]));
  }, [flow, element]);
}
