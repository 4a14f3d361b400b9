/**
 * Not a check but a looking aid: `DRAW_PREVIEW=1 npx vitest run tests/unit/draw/preview` writes
 * SVG files of the symbols, the legend and an ecogram to /tmp/draw-preview and renders them to
 * PNG in Chromium, so a person can look at the drawing. Skipped in normal runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { previewSvgs } from './previewSvgs';

const OUT = '/tmp/draw-preview';

it.runIf(process.env.DRAW_PREVIEW)('writes preview SVGs and PNGs', async () => {
  mkdirSync(OUT, { recursive: true });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [name, svg] of Object.entries(previewSvgs())) {
      writeFileSync(`${OUT}/${name}.svg`, svg);
      await page.setContent(`<html><body style="margin:0;background:#fff">${svg}</body></html>`);
      const drawing = page.locator('svg').first();
      // The browser must read it as SVG with a size, or the PNG would be an empty box.
      expect((await drawing.boundingBox())?.width ?? 0, name).toBeGreaterThan(0);
      await drawing.screenshot({ path: `${OUT}/${name}.png` });
    }
  } finally {
    await browser.close();
  }
}, 60_000);
