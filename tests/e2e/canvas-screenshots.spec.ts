/** Screenshots of both views of the demo case, for the README (and for a human to look at). */
import { expect, test } from '@playwright/test';
import { openApp } from './canvasHelpers';

test.use({ viewport: { width: 1280, height: 800 } });

// `npm test` must not change tracked files: the README's pictures are made on purpose, by
// `npm run screenshots` (which points this at docs/screenshots).
const dir = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';

test('screenshots of the demo case in both views', async ({ page }) => {
  await openApp(page);
  // Drawing with the family: the steps pane folded away, the map and the side list open.
  await page.getByRole('button', { name: 'Stappen' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // Wait for the worker's layout and the fit-to-screen.
  await expect(page.getByRole('status').filter({ hasText: 'Genogram wordt geschikt' })).toHaveCount(0);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${dir}/genogram.png` });

  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expect(page.locator('.nk-layer--ecogram')).toBeVisible();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${dir}/netwerkkaart.png` });
});
