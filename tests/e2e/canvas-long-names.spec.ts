/** Hostile, long and non-Latin names on both maps stay text, keep their full accessible name and stay inside their slot. */
import { expect, test } from '@playwright/test';
import { openApp, personNode } from './canvasHelpers';

test.use({ viewport: { width: 1280, height: 800 } });

const NAMES = ['<img src=x onerror=alert(1)>', 'Şükriye Ngọc ' + 'Langenaamvan'.repeat(15), 'Ngọc Ánh'];

test('hostile and long names stay text on both maps', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Stappen' }).click();
  const form = page.getByRole('form', { name: 'Persoon toevoegen' });
  for (const name of NAMES) {
    await form.getByLabel('Naam', { exact: true }).fill(name);
    await form.getByLabel('Naam', { exact: true }).press('Enter');
  }
  for (const view of ['Genogram', 'Netwerkkaart']) {
    await page.getByRole('tab', { name: view }).click();
    for (const name of NAMES) {
      const node = personNode(page, name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      await expect(node).toHaveCount(1);
      // Every drawn name line stays within the node's label room (a 200-character name wraps and is cut).
      const widths = await node.locator('[data-part="name"]').evaluateAll((els) =>
        els.map((e) => (e as SVGTextElement).getBBox().width),
      );
      // Three lines, or four where names are read large on a map shown small (readingScale.ts).
      expect(widths.length).toBeLessThanOrEqual(4);
      for (const w of widths) expect(w).toBeLessThan(130);
    }
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await page.screenshot({ path: `test-results/long-names-${view}.png` });
  }
  expect(dialogs).toEqual([]);
});
