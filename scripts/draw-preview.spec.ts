/**
 * Not a test but a looking aid (`npm run draw-preview`): writes the preview SVGs to
 * /tmp/draw-preview and renders each to PNG in Chromium, so a person can look at the drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { previewSvgs } from './previewSvgs';

const OUT = '/tmp/draw-preview';

test('write preview SVGs and PNGs', async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  for (const [name, svg] of Object.entries(await previewSvgs())) {
    writeFileSync(`${OUT}/${name}.svg`, svg);
    await page.setContent(`<html><body style="margin:0;background:#fff">${svg}</body></html>`);
    const drawing = page.locator('svg').first();
    // The browser must read it as SVG with a size, or the PNG would be an empty box.
    expect((await drawing.boundingBox())?.width ?? 0, name).toBeGreaterThan(0);
    await drawing.screenshot({ path: `${OUT}/${name}.png` });
  }
});
