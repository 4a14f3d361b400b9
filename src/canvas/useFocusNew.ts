/**
 * After a person is added on the map, the keyboard focus goes to them, so the next key works on
 * the person just made (Delete, the arrow keys, Tab on to the next). The node exists a render
 * after the command, so the focus waits until React Flow has drawn it, within this map only.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

export function useFocusNew(container: RefObject<HTMLElement | null>, drawn: readonly { id: string }[]): (id: string) => void {
  const [want, setWant] = useState<string | null>(null);
  useEffect(() => {
    if (want === null || !drawn.some((n) => n.id === want)) return;
    // React Flow copies the nodes into its own store in an effect: the element may come a frame later.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      // Compared, not put in a selector: the id comes from a file and may hold any character.
      const nodes = container.current?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [];
      const el = [...nodes].find((n) => n.getAttribute('data-id') === want);
      if (el) {
        setWant(null);
        // preventScroll: the viewport is the map's to move (useMapViewport reveals the person).
        el.focus({ preventScroll: true });
      } else if (++tries < 30) {
        frame = requestAnimationFrame(attempt);
      } else {
        setWant(null);
      }
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [want, drawn, container]);
  return useCallback((id: string) => setWant(id), []);
}
