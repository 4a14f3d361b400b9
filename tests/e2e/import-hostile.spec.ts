/**
 * Reading a file is done in a worker: a 1.5 MB hostile file is refused quickly while the page
 * keeps drawing frames, a file that is not UTF-8 is refused with its own message, a slow read
 * says "Bestand wordt gelezen…", and the open case is unchanged after each.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { VALID } from '../fixtures/index';
import { danglingParentChain } from '../fuzz/hostileFiles';
import { DEMO_TITLE, caseTitle, importViaButton, notices, openShell, peopleList, sidePane, storedOpenCase } from './helpers/app';

/** Starts recording the largest gap between animation frames; returns a function that stops and reads it. */
async function watchFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __gap: { max: number; running: boolean } };
    w.__gap = { max: 0, running: true };
    let last = performance.now();
    const tick = (t: number) => {
      w.__gap.max = Math.max(w.__gap.max, t - last);
      last = t;
      if (w.__gap.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __gap: { max: number; running: boolean } };
      w.__gap.running = false;
      return w.__gap.max;
    });
}

/** What must not change when a file is refused: the title, the people, what autosave stored. */
async function openCaseState(page: Page) {
  return {
    title: await caseTitle(page).textContent(),
    people: await peopleList(page).getByRole('listitem').allTextContents(),
    stored: JSON.stringify(await storedOpenCase(page)),
  };
}

function watchMainThreadFallback(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Import runs on the main thread')) warnings.push(m.text());
  });
  return warnings;
}

const importAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'kan niet worden geïmporteerd' });

test('a 1.5 MB hostile file is refused within 2 s, with the page drawing frames all along', async ({ page }, info) => {
  const fallback = watchMainThreadFallback(page);
  const file = info.outputPath('keten.netwerkkaart.json');
  const text = danglingParentChain(20_000);
  expect(text.length).toBeGreaterThan(1.5e6);
  await writeFile(file, text);
  await openShell(page);
  await sidePane(page);
  const before = await openCaseState(page);

  const stopWatching = await watchFrames(page);
  const started = Date.now();
  await importViaButton(page, file);
  await expect(importAlert(page)).toContainText('relations[0].from: geen persoon met id "p0"', { timeout: 5000 });
  const elapsed = Date.now() - started;
  const gap = await stopWatching();
  info.annotations.push({ type: 'measured', description: `refused after ${elapsed} ms; largest frame gap ${Math.round(gap)} ms` });
  console.log(`hostile 1.5 MB: refused after ${elapsed} ms, largest gap between frames ${Math.round(gap)} ms`);

  expect(elapsed).toBeLessThan(2000);
  // The target is 100 ms; 250 leaves room for a loaded 2-core machine (the figure is reported).
  expect(gap).toBeLessThan(250);
  expect(fallback).toEqual([]);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE));
  expect(await openCaseState(page)).toEqual(before);
});

test('a Latin-1 file is refused as not UTF-8, naming the byte; the open case is unchanged', async ({ page }, info) => {
  const utf8 = (await readFile(VALID.minimal, 'utf8')).replace('"Linda"', '"Zoë"');
  const latin1 = info.outputPath('latin1.netwerkkaart.json');
  await writeFile(latin1, Buffer.from(utf8, 'latin1'));
  const byte = Buffer.from(utf8.slice(0, utf8.indexOf('Zoë') + 2), 'latin1').length + 1;
  await openShell(page);
  await sidePane(page);
  const before = await openCaseState(page);
  await importViaButton(page, latin1);
  await expect(importAlert(page)).toContainText(`Het bestand is geen UTF-8-tekst (byte ${byte} is ongeldig)`);
  await expect(importAlert(page)).toContainText('Latin-1');
  expect(await openCaseState(page)).toEqual(before);
  await expect(peopleList(page)).not.toContainText('\uFFFD');
});

test('a read that takes over half a second says "Bestand wordt gelezen…", then imports', async ({ page }) => {
  const fallback = watchMainThreadFallback(page);
  await openShell(page);
  // Hold the worker script back: the read is slow however fast this machine is.
  await page.route(/parse\.worker[^/]*\.js/, async (route) => {
    await new Promise((r) => setTimeout(r, 1200));
    await route.continue();
  });
  await importViaButton(page, VALID.blendedFamily);
  await expect(notices(page)).toContainText('Bestand wordt gelezen…', { timeout: 1500 });
  await expect(notices(page)).toContainText('is geïmporteerd en geopend', { timeout: 10_000 });
  await expect(notices(page)).not.toContainText('Bestand wordt gelezen…');
  expect(fallback).toEqual([]);
});
