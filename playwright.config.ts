import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its own browser here: use Debian's Chromium
// (or CHROMIUM_PATH), and fall back to Playwright's browser only if neither exists.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// CI tests the production build (with its Content-Security-Policy) through `vite preview`.
// While developing, E2E_DEV=1 uses the dev server instead, and E2E_PORT lets several people
// (or agents) run their own server side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const devServer = process.env.E2E_DEV === '1';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    // The built app registers a service worker that serves every file from its cache, past
    // page.route; only the offline test (offline.spec.ts) lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--disable-dev-shm-usage',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: devServer
      ? `npx vite --host 127.0.0.1 --port ${port} --strictPort`
      : `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
