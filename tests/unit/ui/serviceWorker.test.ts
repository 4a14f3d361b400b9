import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../../src/ui/offline/serviceWorker';

/** A service worker container whose registration already has a waiting worker. */
function fakeContainer(controlled: boolean) {
  const events = new EventTarget();
  const waiting = { postMessage: vi.fn(), state: 'installed' } as unknown as ServiceWorker;
  const registration = Object.assign(new EventTarget(), { waiting, installing: null as unknown, update: vi.fn(async () => undefined) });
  const container = Object.assign(events, {
    controller: controlled ? ({} as ServiceWorker) : null,
    register: vi.fn(async () => registration),
  }) as unknown as ServiceWorkerContainer;
  return { container, waiting, registration, fireControllerChange: () => events.dispatchEvent(new Event('controllerchange')) };
}

describe('service worker updates', () => {
  it('announces a waiting version, and switches (then reloads) only when applied', async () => {
    const { container, waiting, fireControllerChange } = fakeContainer(true);
    const reload = vi.fn();
    const updates = registerServiceWorker(container, true, reload, () => {});
    const announce = vi.fn();
    updates.onUpdate(announce);
    await vi.waitFor(() => expect(announce).toHaveBeenCalledTimes(1));
    expect(waiting.postMessage).not.toHaveBeenCalled();
    const apply = announce.mock.calls[0]![0] as () => void;
    apply();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    fireControllerChange();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('the first install (no controller yet) is no update; the dev server registers nothing', async () => {
    const first = fakeContainer(false);
    const announce = vi.fn();
    registerServiceWorker(first.container, true, vi.fn(), () => {}).onUpdate(announce);
    await vi.waitFor(() => expect(first.container.register).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    expect(announce).not.toHaveBeenCalled();
    const dev = fakeContainer(true);
    registerServiceWorker(dev.container, false, vi.fn(), () => {});
    expect(dev.container.register).not.toHaveBeenCalled();
  });

  it('asks the server again on each wake-up (tab back in view, network back, hourly), and announces what it finds', async () => {
    const { container, registration } = fakeContainer(true);
    (registration as { waiting: unknown }).waiting = null;
    let wake: (() => void) | null = null;
    const announce = vi.fn();
    registerServiceWorker(container, true, vi.fn(), (check) => void (wake = check)).onUpdate(announce);
    await vi.waitFor(() => expect(wake).not.toBeNull());
    expect(registration.update).not.toHaveBeenCalled();
    wake!();
    expect(registration.update).toHaveBeenCalledTimes(1);
    // The check found a new sw.js: it installs, and once installed it is announced.
    const installing = Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() });
    registration.installing = installing;
    registration.dispatchEvent(new Event('updatefound'));
    expect(announce).not.toHaveBeenCalled();
    installing.state = 'installed';
    installing.dispatchEvent(new Event('statechange'));
    expect(announce).toHaveBeenCalledTimes(1);
    // A failed check (offline) is no error: the next wake-up tries again.
    registration.update.mockRejectedValueOnce(new Error('offline'));
    wake!();
    expect(registration.update).toHaveBeenCalledTimes(2);
  });
});
