/**
 * An update of the app with two real builds: build A and build B (NETWERKKAART_BUILD_ID) are
 * built into a temporary directory by this spec's own setup and served by a small server here
 * that "deploys" B by switching its directory. Service workers run (the config blocks them for
 * every other spec). Checked: B is announced while a case is open on A, nothing reloads by
 * itself, the open case and the edit being typed survive, and B is taken when the user agrees
 * ("Nu bijwerken") or on the next start (every tab of A closed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headerPolicy } from '../../build/csp';
import { offline } from '../../src/i18n/offline';
import { caseTitle, DEMO_TITLE, personInList, sidePane } from './helpers/app';
import { expectSaved } from './canvasHelpers';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.json', 'application/json'],
  ['.webmanifest', 'application/manifest+json'],
  ['.ttf', 'font/ttf'],
  ['.woff2', 'font/woff2'],
  ['.wasm', 'application/wasm'],
]);

let root = '';
let serving = '';
let server: Server;
let origin = '';

/** The production build with its own identity, into `dir` (the repository is left as it is). */
function build(id: string, dir: string) {
  execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, NETWERKKAART_BUILD_ID: id },
    stdio: 'inherit',
  });
}

test.beforeAll(async () => {
  // Two builds take a minute or two on a small machine.
  test.setTimeout(300_000);
  root = mkdtempSync(join(tmpdir(), 'netwerkkaart-update-'));
  build('update-A', join(root, 'A'));
  build('update-B', join(root, 'B'));
  serving = join(root, 'A');
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(serving, path);
    if (!file.startsWith(serving) || !statSync(file, { throwIfNoEntry: false })?.isFile()) file = join(serving, 'index.html');
    response.setHeader('Content-Type', TYPES.get(extname(file)) ?? 'application/octet-stream');
    response.setHeader('Content-Security-Policy', headerPolicy());
    // As a static host would: the browser asks again for sw.js on every check.
    response.setHeader('Cache-Control', 'no-cache');
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

const deploy = (id: 'A' | 'B') => void (serving = join(root, id));

/** Which build the page runs, from its own page (served by the service worker's cache). */
const buildOf = (page: Page) => page.locator('meta[name="netwerkkaart-build"]').getAttribute('content');

async function openOnA(page: Page) {
  deploy('A');
  await page.goto(`${origin}/`);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
  // The first visit's worker has precached A and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  expect(await buildOf(page)).toBe('update-A');
}

/** Whether `text` is in the stored cases (plain: no passphrase in this spec), read past the app. */
function stored(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('netwerkkaart');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('cases').objectStore('cases').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return JSON.stringify(records).includes(text);
  }, text);
}

async function notesOfSam(page: Page) {
  const pane = await sidePane(page);
  await personInList(page, 'Sam').click();
  return pane.getByLabel('Aantekeningen');
}

test('B is announced while a case is open on A; the page stays as it is until "Nu bijwerken", then B runs with every edit', async ({ page }) => {
  test.setTimeout(90_000);
  await openOnA(page);
  const notes = await notesOfSam(page);
  await notes.fill('Gesprek op school gepland');
  await expect.poll(() => stored(page, 'Gesprek op school gepland')).toBe(true);
  await expectSaved(page);
  // A mark in this page's memory: it survives only as long as nothing reloads the page.
  await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));

  deploy('B');
  // The user comes back to the tab: the app asks the server for a new version.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const announcement = page.getByRole('region', { name: 'Meldingen' }).getByText(offline.updateReady);
  await expect(announcement).toBeVisible({ timeout: 20_000 });
  const updateNow = page.getByRole('button', { name: offline.updateNow });
  await expect(updateNow).toBeVisible();

  // Announced, not taken: the same page, still A, the case and the typed text as they were.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
  expect(await buildOf(page)).toBe('update-A');
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE));
  await expect(notes).toHaveValue('Gesprek op school gepland');

  // An edit still being typed (not yet committed) when the user agrees is stored before the switch.
  await notes.pressSequentially(', vrijdag', { delay: 10 });
  await updateNow.click();
  await expect.poll(() => buildOf(page), { timeout: 20_000 }).toBe('update-B');
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
  await expect(await notesOfSam(page)).toHaveValue('Gesprek op school gepland, vrijdag');
  await expect(page.getByText(offline.updateReady)).toHaveCount(0);
});

test('without "Nu bijwerken", B is taken on the next start, when every tab of A is closed', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await openOnA(page);
  const notes = await notesOfSam(page);
  await notes.fill('Oma belt elke zondag');
  // Stored before the reload below: this test is about the next start, not about a reload mid-typing.
  await page.keyboard.press('Tab');
  await expect.poll(() => stored(page, 'Oma belt elke zondag')).toBe(true);

  deploy('B');
  // A reload is no next start: the page still comes from A, and B waits, announced.
  await page.reload();
  await expect(page.getByText(offline.updateReady)).toBeVisible({ timeout: 20_000 });
  expect(await buildOf(page)).toBe('update-A');
  await expect(await notesOfSam(page)).toHaveValue('Oma belt elke zondag');

  // Every tab closed, then the app started again: B, with the case.
  await page.close();
  const next = await context.newPage();
  await expect
    .poll(
      async () => {
        await next.goto(`${origin}/`);
        return buildOf(next);
      },
      { timeout: 20_000 },
    )
    .toBe('update-B');
  await expect(caseTitle(next)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
  await expect(await notesOfSam(next)).toHaveValue('Oma belt elke zondag');
  await expect(next.getByText(offline.updateReady)).toHaveCount(0);
  await context.close();
});
