// `node bench/profile.mjs [people=250] [genogram|netwerkkaart] [--add]`: where the main thread's time
// goes in the real app, for the bench's diagnosis. Builds the app unminified (readable function
// names), imports a generated family through "Importeren" (or, with --add, adds one person to an
// imported family), records a CPU profile with the Chrome DevTools Protocol from the user's action
// until the people are on screen, and prints the functions with the most self time and the
// app functions with the most total time. Also prints the probe's timings and long tasks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { installProbe, openApp } from './app.mjs';
import { summarize, summarizeTrace } from './profileSummary.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 250);
const view = args[1] ?? 'genogram';
const add = process.argv.includes('--add');
// --trace: also a Chrome trace of the same span, summed per event name on the page's main thread
// (style, layout, paint, GC next to script), the part the JS profile shows as "(program)".
const trace = process.argv.includes('--trace');

const outDir = mkdtempSync(join(tmpdir(), 'netwerkkaart-profile-'));
await build({
  root,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { input: { app: resolve(root, 'index.html'), bench: resolve(root, 'bench/index.html') } } },
});
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-gpu', '--no-sandbox'] });
try {
  const bench = await browser.newPage();
  await bench.goto(`${base}/bench/index.html`);
  await bench.waitForFunction(() => document.title === 'bench ready');
  const text = await bench.evaluate((n) => window.bench.familyFile(n), n);
  await bench.close();
  const { page } = await openApp(browser, base, view);
  const importFile = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importeren' }).click();
    await (await chooser).setFiles({ name: `familie-${n}.netwerkkaart.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (add) {
    await importFile();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__node [data-person-id]').length === n && document.querySelector('[role="toolbar"] [role="status"]')?.textContent === '',
      n,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1000);
    await page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam van nieuwe persoon' }).fill('Nieuw');
    await page.evaluate(installProbe, { expected: n + 1, trigger: 'keydown', waitLayout: view === 'genogram', timeoutMs: 120_000 });
    await cdp.send('Profiler.start');
    if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.getByRole('textbox', { name: 'Naam van nieuwe persoon' }).press('Enter');
  } else {
    await page.evaluate(installProbe, { expected: n, trigger: 'change', waitLayout: view === 'genogram', timeoutMs: 240_000 });
    await cdp.send('Profiler.start');
    if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await importFile();
  }
  const probe = await page.evaluate(() => window.__nkProbe);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(JSON.stringify(probe));
  summarize(profile);
  if (trace) summarizeTrace(JSON.parse((await browser.stopTracing()).toString()));
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
  rmSync(outDir, { recursive: true, force: true });
}
