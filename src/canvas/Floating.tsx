/**
 * A small panel floating over the map at a point, kept inside the map's box so that a person
 * near the edge never pushes its buttons under another pane (or off a tablet's screen).
 */
import { useEffect, useRef, useState, type KeyboardEventHandler, type ReactNode, type RefObject } from 'react';
import type { ScreenPoint } from './pending';
import { cornerSpot, PANEL_MARGIN as MARGIN, quietCorner, type Corner } from './quietCorner';

/** 'corner': docked in the corner that covers the fewest people (quietCorner), see `quiet`. */
export type Anchor = 'centre' | 'below' | 'above' | 'beside' | 'corner';

/** For the 'corner' anchor: who stands where on screen, and what is being changed. */
export interface QuietRequest {
  people: readonly ScreenPoint[];
  away: ScreenPoint | null;
  /** The corners free to use (the minimap may take the bottom left). */
  corners?: readonly Corner[];
}

/** Room between the anchor point and the panel: clears the 48 px node box. */
const OFFSET = 34;
/** Below a person there is also their name (one or two lines): a panel flipped down clears it. */
const LABEL_ROOM = 26;

export function placeInside(
  at: ScreenPoint,
  size: { width: number; height: number },
  box: { width: number; height: number },
  anchor: Anchor,
  quiet?: QuietRequest,
): ScreenPoint {
  if (anchor === 'corner') return cornerSpot(quietCorner(size, box, quiet?.people ?? [], quiet?.away ?? null, quiet?.corners), size, box);
  let x = at.x - size.width / 2;
  let y = at.y - size.height / 2;
  if (anchor === 'below') y = at.y + OFFSET;
  if (anchor === 'above') y = at.y - OFFSET - size.height;
  if (anchor === 'beside') {
    x = at.x + OFFSET;
    y = at.y - OFFSET;
  }
  // Flip to the other side of the point when there is no room.
  if (anchor === 'below' && y + size.height > box.height - MARGIN) y = at.y - OFFSET - size.height;
  if (anchor === 'above' && y < MARGIN) y = at.y + OFFSET + LABEL_ROOM;
  x = Math.min(Math.max(MARGIN, x), Math.max(MARGIN, box.width - size.width - MARGIN));
  y = Math.min(Math.max(MARGIN, y), Math.max(MARGIN, box.height - size.height - MARGIN));
  return { x, y };
}

export interface FloatingProps {
  at: ScreenPoint;
  anchor: Anchor;
  className: string;
  children: ReactNode;
  role?: string;
  label?: string;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>;
  /** For anchor 'corner'. Read when the panel is placed, not on every pan, so it does not hop. */
  quiet?: QuietRequest;
  /** Place the panel again when this changes (another tie or line is being edited). */
  placeKey?: string;
}

export function Floating({ at, anchor, className, children, role, label, onKeyDown, quiet, placeKey }: FloatingProps) {
  const ref = useRef<HTMLDivElement>(null);
  const quietRef = useRef(quiet);
  quietRef.current = quiet;
  const [pos, setPos] = useState<ScreenPoint | null>(null);
  const mapSize = useMapSize(ref);
  // Measured in the next animation frame, where the browser lays the page out anyway: reading
  // sizes in an effect would force a synchronous reflow of the whole map (tens of ms with many
  // people) inside the gesture's event (React flushes effects of discrete events at once). Until
  // then the panel is transparent (not hidden, so a field inside can already take focus).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const el = ref.current;
      const parent = el?.offsetParent as HTMLElement | null;
      if (!el || !parent) return;
      const size = { width: el.offsetWidth, height: el.offsetHeight };
      const next = placeInside(at, size, { width: parent.clientWidth, height: parent.clientHeight }, anchor, quietRef.current);
      setPos((p) => (p && p.x === next.x && p.y === next.y ? p : next));
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [at.x, at.y, anchor, mapSize, placeKey]);
  return (
    <div
      ref={ref}
      role={role}
      aria-label={label}
      className={`nk-floating ${className} nodrag nopan nowheel`}
      style={{ left: pos?.x ?? at.x, top: pos?.y ?? at.y, opacity: pos ? 1 : 0 }}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}

/**
 * The size of the map the panel floats in, as "WxH", updated when it changes: a pane opened
 * beside the map (or a tablet turned) narrows it under a panel that stays put, whose buttons
 * would then be cut off at the new edge. The panel is then placed again in the next frame,
 * as when it opens.
 */
function useMapSize(ref: RefObject<HTMLElement | null>): string {
  const [size, setSize] = useState('');
  useEffect(() => {
    const parent = ref.current?.offsetParent;
    if (!parent || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry?.contentRect) return;
      const next = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      // The first report is the size the panel is being placed in already.
      if (first) first = false;
      else setSize((old) => (old === next ? old : next));
    });
    observer.observe(parent);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
