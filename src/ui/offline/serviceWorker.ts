/**
 * Registers the built app's service worker (build/sw-template.js), so the app starts with no
 * network after the first visit, and hears of a new version. A new version is only announced:
 * it waits until every tab of the old one is closed (the next start), or until `apply` is
 * called, which the shell does only when the user agrees, after the open case is stored.
 */
export interface AppUpdates {
  /** Calls `announce` once a new version waits; `apply` switches to it and reloads the page. */
  onUpdate(announce: (apply: () => void) => void): void;
}

/** An hour: a case open all day still hears of a new version, at the cost of one small request. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * When to ask the server for a new sw.js besides the browser's own checks (which come only with
 * a navigation, and a case may stay open for hours without one): when the tab comes back into
 * view, when the network returns, and every hour.
 */
function wakeUps(check: () => void): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.addEventListener('online', check);
  setInterval(check, CHECK_EVERY_MS);
}

export function registerServiceWorker(
  container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker,
  // Only the build has a service worker; the dev server must serve fresh modules.
  enabled: boolean = import.meta.env.PROD,
  reload: () => void = () => window.location.reload(),
  checkWhen: (check: () => void) => void = wakeUps,
): AppUpdates {
  let announce: ((apply: () => void) => void) | null = null;
  let waiting: ServiceWorker | null = null;
  const tell = () => {
    if (waiting && announce) announce(() => apply(waiting!));
  };
  const apply = (worker: ServiceWorker) => {
    // The new worker takes over on its own message; the page reloads once it controls it.
    container?.addEventListener('controllerchange', reload, { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  if (container && enabled) {
    container
      .register('/sw.js')
      .then((registration) => {
        const found = (worker: ServiceWorker | null) => {
          // A worker installed while an older one controls the page is an update (the first one is not).
          if (worker && container.controller) {
            waiting = worker;
            tell();
          }
        };
        found(registration.waiting);
        // Offline or a server hiccup: the next wake-up asks again.
        checkWhen(() => void registration.update().catch(() => {}));
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') found(installing);
          });
        });
      })
      .catch((cause: unknown) => console.error(cause));
  }
  return {
    onUpdate(callback) {
      announce = callback;
      tell();
    },
  };
}
