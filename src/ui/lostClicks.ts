/**
 * A click is never lost (issue 9). Pressing a button blurs the field being typed in; its text
 * commits at once, the map re-renders, and the button can shift a few pixels between the press
 * and the release (a birth year adds a line under a name, so "Partner toevoegen" moves down).
 * The browser then sends the click to the common ancestor of where the press and the release
 * landed, and the button does nothing. This listener gives such a click back to the button that
 * was pressed: the press started on it, the pointer hardly moved, the release came soon after,
 * and the button is still on the page and enabled.
 *
 * The same happens to a person on the genogram: a click that lands while the new layout glides
 * them away (200 ms) is pressed on the person and released on the map's background, which then
 * deselects instead. Person nodes are rescued the same way; their click selects them.
 */

/** Further than this between press and release is a drag, not a click. */
const MAX_TRAVEL_PX = 12;
/** A press held longer than this is not the quick click the layout shift interrupted. */
const MAX_PRESS_MS = 1000;

/** What a lost click is given back to: a button, or a person on the map (React Flow's node). */
const RESCUED = 'button, .react-flow__node';

interface Press {
  button: HTMLElement;
  x: number;
  y: number;
  at: number;
}

export function rescueLostClicks(target: Window): () => void {
  let press: Press | null = null;

  const onPointerDown = (event: PointerEvent) => {
    const button = event.button === 0 && event.target instanceof Element ? event.target.closest<HTMLElement>(RESCUED) : null;
    press = button ? { button, x: event.clientX, y: event.clientY, at: event.timeStamp } : null;
  };

  const onClick = (event: MouseEvent) => {
    const pressed = press;
    press = null;
    if (!pressed || !(event.target instanceof Node)) return;
    const { button } = pressed;
    // The click reached the button itself (or something inside it): nothing was lost.
    if (button.contains(event.target)) return;
    const lost =
      button.isConnected &&
      !(button instanceof HTMLButtonElement && button.disabled) &&
      // The click went to an ancestor: the release landed beside the button, in its container.
      event.target.contains(button) &&
      Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) <= MAX_TRAVEL_PX &&
      event.timeStamp - pressed.at <= MAX_PRESS_MS;
    if (!lost) return;
    // The container must not act on this click as well (a click on the map's background deselects).
    event.stopPropagation();
    event.preventDefault();
    button.click();
  };

  const onCancel = () => {
    press = null;
  };

  target.addEventListener('pointerdown', onPointerDown, true);
  target.addEventListener('click', onClick, true);
  target.addEventListener('pointercancel', onCancel, true);
  return () => {
    target.removeEventListener('pointerdown', onPointerDown, true);
    target.removeEventListener('click', onClick, true);
    target.removeEventListener('pointercancel', onCancel, true);
  };
}
