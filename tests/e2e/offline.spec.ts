/**
 * Offline and installable: after a first visit the built app starts with the network off, with
 * its cases, from the service worker's cache; the web manifest and its icons are served.
 */
import { expect, test } from '@playwright/test';
import { VALID } from '../fixtures/index';
import { DEMO_TITLE, caseTitle, importViaButton, openShell } from './helpers/app';
import { expectSaved } from './canvasHelpers';

test.use({ serviceWorkers: 'allow' });

test('after the first visit, a reload with the network off starts the app with its cases', async ({ page, context }) => {
  await openShell(page);
  await importViaButton(page, VALID.blendedFamily);
  await expect(caseTitle(page)).toHaveText(/Samengesteld gezin Jansen-Öztürk/);
  await expectSaved(page);
  // The first visit's worker has installed (precached the app) and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(caseTitle(page)).toHaveText(/Samengesteld gezin Jansen-Öztürk/);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Casussen' }).click();
  const list = page.getByRole('dialog').getByRole('list', { name: 'Lijst van casussen' });
  await expect(list.getByRole('listitem').filter({ hasText: DEMO_TITLE })).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // ELK's worker came from the cache too: the genogram is laid out.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Genogram' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await context.setOffline(false);
});

test('the app can be installed: a web manifest with 192 and 512 px icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ name: 'Netwerkkaart', start_url: '/', display: 'standalone' });
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    expect(icon, size).toBeDefined();
    const response = await request.get(icon!.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
