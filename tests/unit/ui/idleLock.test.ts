import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleLock } from '../../../src/ui/security/idleLock';

/** A window's event target, enough for the idle timer. */
function fakeTarget() {
  const target = new EventTarget();
  return { target: target as unknown as Window, fire: (type: string) => target.dispatchEvent(new Event(type)) };
}

describe('idle lock', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('fires after the idle time without activity, and activity moves the deadline', () => {
    const { target, fire } = fakeTarget();
    const onIdle = vi.fn();
    const stop = startIdleLock({ idleMs: 60_000, onIdle, target });
    vi.advanceTimersByTime(50_000);
    fire('keydown');
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_001);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening and timing when stopped', () => {
    const { target } = fakeTarget();
    const onIdle = vi.fn();
    startIdleLock({ idleMs: 1000, onIdle, target })();
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
