/**
 * Always in view: a new case opens on "Stap 1" with an empty map that says how to start, and the
 * netwerkkaart shows its whole circle with every sector label when it opens, after an import and
 * after the window changes size.
 */
import { expect, test, type Page } from '@playwright/test';
import { VALID } from '../fixtures';
import { openApp, startEmptyCase } from './canvasHelpers';

const SECTOR_LABELS = ['Huishouden', 'Familie', 'Vrienden', 'Buurt', 'School/werk', 'Vrije tijd', 'Geloof', 'Professionals', 'Overig'];

/** Every sector label lies inside the visible map, not covered by anything. */
async function expectWholeCircle(page: Page) {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  for (const label of SECTOR_LABELS) {
    const text = page.locator('.nk-layer--ecogram text', { hasText: label }).first();
    await expect
      .poll(async () => {
        const b = await text.boundingBox();
        if (!b || b.x < pane.x || b.y < pane.y || b.x + b.width > pane.x + pane.width || b.y + b.height > pane.y + pane.height) return false;
        // ... and not covered by a pane or a control.
        return text.evaluate((el, at) => {
          const hit = document.elementFromPoint(at.x, at.y);
          // The map's layers let the pointer through, so the map itself (not a pane) must be on top.
          return !!hit && (el.contains(hit) || (!!hit.closest('.react-flow') && !hit.closest('.react-flow__panel')));
        }, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
      }, { message: `${label} in view` })
      .toBe(true);
  }
}

test('a new case opens on Stap 1; the empty maps say how to start; the empty netwerkkaart is whole', async ({ page }) => {
  await openApp(page);
  await startEmptyCase(page);
  await expect(page.getByRole('tab', { name: /Stap 1/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Genogram' }).click();
  await expect(page.getByText('Nog niemand in het genogram.', { exact: false })).toBeVisible();
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expect(page.getByText('Klik in het midden om de jeugdige toe te voegen', { exact: false })).toBeVisible();
  await expectWholeCircle(page);
});

test('the whole netwerkkaart is in view after an import and after the window changes size', async ({ page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await (await chooser).setFiles(VALID.blendedFamily);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jansen');
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expectWholeCircle(page);
  for (const size of [{ width: 1024, height: 768 }, { width: 800, height: 1280 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size);
    await expectWholeCircle(page);
    await page.screenshot({ path: test.info().outputPath(`in-view-${size.width}x${size.height}.png`) });
  }
});
