// `node bench/profile-pdf.mjs [people=250|demo] [--trace] [--worker] [--save=file.pdf]`: where makePdf's
// time goes (bench/pdf.ts's export: both maps + all tables, A4 landscape). Builds the bench page
// unminified, runs one warm-up export, then records a CPU profile (and with --trace a Chrome trace)
// of one export and prints self/total time per function, plus the export's time, size and longest
// long task. makePdf runs on the main thread here so its functions show in the profile; with
// --worker it runs in the PDF worker as in the app (the profile then shows only the main thread).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { summarize, summarizeTrace } from './profileSummary.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = args[0] === 'demo' ? 'demo' : Number(args[0] ?? 250);
const trace = process.argv.includes('--trace');
const where = process.argv.includes('--worker') ? 'worker' : 'main';
// --save=<file>: write the profiled export's PDF there (to check it with poppler's tools).
const save = process.argv.find((a) => a.startsWith('--save='))?.slice(7);

const outDir = mkdtempSync(join(tmpdir(), 'netwerkkaart-profile-'));
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { input: { bench: resolve(root, 'bench/index.html') } } } });
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-gpu', '--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/index.html`);
  await page.waitForFunction(() => document.title === 'bench ready');
  // Warm-up export (fonts fetched, code compiled) inside timePdf; then one profiled run.
  await page.evaluate(([n, where]) => window.bench.timePdf(n, 1, false, where), [n, where]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const r = await page.evaluate(([n, where]) => window.bench.timePdf(n, 1, true, where), [n, where]);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(JSON.stringify(r));
  if (save) {
    const b64 = await page.evaluate(async () => {
      const bytes = new Uint8Array(await globalThis.lastPdf.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    });
    writeFileSync(save, Buffer.from(b64, 'base64'));
  }
  summarize(profile);
  if (trace) summarizeTrace(JSON.parse((await browser.stopTracing()).toString()));
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
  rmSync(outDir, { recursive: true, force: true });
}
