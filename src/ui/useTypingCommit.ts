/**
 * When a text field writes its draft to the document. Writing per key would make every letter
 * an undo step and re-render the map per letter; writing only after a pause loses everything
 * typed by someone who never pauses and then closes the lid. So:
 *
 * - after a pause (`pauseMs`), on blur/Enter (`flush`) and on unmount, the draft is committed
 *   and the typing burst ends;
 * - while typing goes on, the draft is also committed every `TYPING_MAX_WAIT_MS`, so with
 *   autosave's own short delay at most about the last second of typing is ever lost;
 * - when the page is hidden or closed, the draft is committed before autosave flushes (capture
 *   listeners run before autosave's bubbling ones on the same target).
 *
 * Every commit of one burst carries the burst's merge key, so the store keeps the whole burst as
 * one undo step, however many commits it took.
 */
import { useCallback, useEffect, useId, useRef } from 'react';
import { useAppStoreApi } from '../state/react';

/** 500 ms, plus autosave's 300 ms debounce, stays under the promised second. */
export const TYPING_MAX_WAIT_MS = 500;

/** Asks every field being typed in to commit its draft now (before the tab hands a case over). */
const FLUSH_EVENT = 'netwerkkaart:flush-drafts';

export function flushDrafts(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(FLUSH_EVENT));
}

export interface TypingCommit {
  /** Call on every change of the draft (after updating whatever `commit` reads). */
  typed(): void;
  /** Commit now and end the burst: blur, Enter. */
  flush(): void;
}

/** `commit` writes the latest draft if it differs from the stored value (and is valid). */
export function useTypingCommit(pauseMs: number, commit: () => void): TypingCommit {
  const store = useAppStoreApi();
  const fieldId = useId();
  const latest = useRef(commit);
  latest.current = commit;
  const timers = useRef<{ pause?: ReturnType<typeof setTimeout>; max?: ReturnType<typeof setTimeout> }>({});
  const burst = useRef<{ key: string | null; count: number }>({ key: null, count: 0 });

  const fire = useCallback(
    (endBurst: boolean) => {
      const t = timers.current;
      clearTimeout(t.max);
      t.max = undefined;
      if (endBurst) {
        clearTimeout(t.pause);
        t.pause = undefined;
      }
      const key = burst.current.key;
      if (endBurst) burst.current.key = null;
      if (key === null) latest.current();
      else store.getState().typing(key, () => latest.current());
    },
    [store],
  );

  const typed = useCallback(() => {
    const t = timers.current;
    burst.current.key ??= `${fieldId}#${++burst.current.count}`;
    clearTimeout(t.pause);
    t.pause = setTimeout(() => fire(true), pauseMs);
    t.max ??= setTimeout(() => fire(false), TYPING_MAX_WAIT_MS);
  }, [fieldId, fire, pauseMs]);

  const flush = useCallback(() => fire(true), [fire]);

  useEffect(() => {
    const onHide = () => {
      if (burst.current.key !== null) fire(true);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide, { capture: true });
    window.addEventListener(FLUSH_EVENT, onHide);
    document.addEventListener('visibilitychange', onVisibility, { capture: true });
    return () => {
      window.removeEventListener('pagehide', onHide, { capture: true });
      window.removeEventListener(FLUSH_EVENT, onHide);
      document.removeEventListener('visibilitychange', onVisibility, { capture: true });
      // Unmounting (switching step, closing the editor) must not lose what was typed.
      onHide();
    };
  }, [fire]);

  return { typed, flush };
}
