/**
 * Locks the app after a time without use. Activity only moves a time stamp (no timer churn on
 * every pointer move); one timer checks it, and checks again when the tab comes back, since
 * a background tab's timers may fire late.
 */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleOptions {
  idleMs: number;
  onIdle(): void;
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
  now?: () => number;
}

export function startIdleLock({ idleMs, onIdle, target, now = () => Date.now() }: IdleOptions): () => void {
  let last = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    const left = last + idleMs - now();
    if (left <= 0) onIdle();
    else timer = setTimeout(check, left);
  };
  const active = () => void (last = now());
  const onVisibility = () => check();
  for (const type of ACTIVITY) target.addEventListener(type, active, { passive: true, capture: true });
  target.document?.addEventListener('visibilitychange', onVisibility);
  check();
  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) target.removeEventListener(type, active, { capture: true });
    target.document?.removeEventListener('visibilitychange', onVisibility);
  };
}
