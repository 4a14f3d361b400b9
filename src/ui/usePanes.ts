/**
 * Which of the two panes (Stappen, the list editor) are open. Panes never cover the map: they
 * sit beside it, and below BOTH_PANES_FROM px there is room for only one, so opening one closes
 * the other (the map would be a strip otherwise). Selecting someone opens the list editor
 * only where that hides nothing: on a wide screen, or when no pane is open and the screen is not
 * narrow (below SIDE_FROM the editor only opens with "Lijst"); otherwise the
 * selection shows on the map and in the open pane, and the editor is one click away.
 */
import { useCallback, useEffect, useState } from 'react';

/** From this width the steps pane, the map and the list editor fit side by side. */
export const BOTH_PANES_FROM = 1200;
/** Below this width the list editor starts closed. */
const SIDE_FROM = 860;

export interface Panes {
  stepsOpen: boolean;
  sideOpen: boolean;
  toggleSteps(): void;
  toggleSide(): void;
  /** A person or relation was selected: open the editor if that covers nothing. */
  onSelect(): void;
}

const viewportWidth = () => (typeof window === 'undefined' ? 1280 : window.innerWidth);

export function usePanes(): Panes {
  const [width, setWidth] = useState(viewportWidth);
  const [stepsOpen, setStepsOpen] = useState(() => viewportWidth() >= BOTH_PANES_FROM || viewportWidth() >= SIDE_FROM);
  const [sideOpen, setSideOpen] = useState(() => viewportWidth() >= BOTH_PANES_FROM);
  const both = width >= BOTH_PANES_FROM;

  useEffect(() => {
    const onResize = () => setWidth(viewportWidth());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  // Narrowed with both open: keep the steps (the method), fold the list editor.
  useEffect(() => {
    if (!both && stepsOpen && sideOpen) setSideOpen(false);
  }, [both, stepsOpen, sideOpen]);

  const toggleSteps = useCallback(() => {
    setStepsOpen((open) => {
      if (!open && !both) setSideOpen(false);
      return !open;
    });
  }, [both]);
  const toggleSide = useCallback(() => {
    setSideOpen((open) => {
      if (!open && !both) setStepsOpen(false);
      return !open;
    });
  }, [both]);
  // On a narrow screen (a tablet upright) the editor is a pane one opens with "Lijst": opening
  // it at every tap on a person took a third of the map each time.
  const onSelect = useCallback(() => {
    if (both || (!stepsOpen && width >= SIDE_FROM)) setSideOpen(true);
  }, [both, stepsOpen, width]);

  return { stepsOpen, sideOpen, toggleSteps, toggleSide, onSelect };
}
