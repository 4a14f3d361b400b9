// `npm run bench`: builds bench/index.html with Vite (the app's own config and worker ELK),
// serves it with `vite preview` on a free port, drives Debian's Chromium with Playwright and
// prints a markdown table. Each measurement is a named entry in MEASUREMENTS; the app-level ones
// (import -> nodes drawn, add person -> on screen, long tasks in the app) are in bench/app.mjs and
// drive the real app (`/`), each run in a fresh browser context.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
// `playwright` itself is not a direct dependency; @playwright/test is, and re-exports it.
import { chromium } from '@playwright/test';
import { appMeasurements } from './app.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const quick = process.argv.includes('--quick'); // fewer runs, for a smoke test
const onlyAt = process.argv.indexOf('--only'); // `--only "40 people"`: measurements whose name contains it
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;

const runs = (n) => (quick ? 2 : n);
/** @typedef {{ samples?: number[], value?: string }} Result */
/** @type {Array<{ name: string, target?: string, page?: string, fresh?: boolean, app?: boolean, run: (page: import('@playwright/test').Page, env: { browser: import('@playwright/test').Browser, base: string }) => Promise<Result> }>} */
export const MEASUREMENTS = [
  {
    name: 'Genogram layout, first call on a cold page (40 people, worker)',
    target: 'hidden by warmUpElk() at start-up',
    fresh: true,
    run: async (page) => ({ samples: [await page.evaluate(() => window.bench.coldFirst(40))] }),
  },
  ...[
    [40, 10, 'well below 200 ms (50 people)'],
    [250, 6, ''],
    [1000, 4, 'well below 3.7 s'],
  ].map(([n, k, target]) => ({
    name: `Genogram layout, ${n} people (worker, after warm-up)`,
    target,
    run: async (page) => ({ samples: await page.evaluate(([n, k]) => window.bench.timeLayouts(n, k), [n, runs(k)]) }),
  })),
  ...[250, 1000].flatMap((n) => {
    let cached;
    const measure = async (page) => (cached ??= await page.evaluate(([n, k]) => window.bench.mainThreadBlock(n, k), [n, runs(3)]));
    return [
      {
        name: `Longest main-thread long task while laying out ${n} people`,
        target: n === 250 ? '< 50 ms' : '',
        run: async (page) => ({ samples: (await measure(page)).longTask }),
      },
      {
        name: `Longest gap between animation frames while laying out ${n} people`,
        target: n === 250 ? '< 50 ms' : '',
        run: async (page) => ({ samples: (await measure(page)).frameGap }),
      },
    ];
  }),
  ...[250, 1000].map((n) => ({
    name: `Layout quality, ${n} people: parent-child crossings / couples apart`,
    run: async (page) => {
      const q = await page.evaluate((n) => window.bench.quality(n), n);
      return { value: `${q.crossings} / ${q.partnersApart}` };
    },
  })),
  ...[
    ['chain20k', '1.5 MB hostile file: 20,000-link parent chain between unknown people (issue 7: 9 s)', '< 100 ms'],
    ['chain50k', '3.8 MB hostile file: 50,000-link parent chain between unknown people (issue 7: 63 s)', '< 250 ms'],
    ['cycle5000', '5,000 people in one parent chain closing a cycle', ''],
  ].map(([kind, what, target]) => ({
    name: `Import check (parseCase, in the bench page's main thread), ${what}`,
    target,
    run: async (page) => {
      const r = await page.evaluate(([kind, k]) => window.bench.timeParseHostile(kind, k), [kind, runs(7)]);
      process.stderr.write(`  ${kind}: ${r.mb.toFixed(2)} MB, refused as ${r.code}\n`);
      return { samples: r.samples };
    },
  })),
  ...(() => {
    let cached;
    const measure = async (page) => (cached ??= await page.evaluate((k) => window.bench.timeFuzzCorpus(300, k), runs(5)));
    return [
      {
        name: 'Import check (parseCaseBytes), fuzz corpus of 300 broken and hostile files, whole corpus',
        run: async (page) => ({ samples: (await measure(page)).total }),
      },
      {
        name: 'Import check (parseCaseBytes), fuzz corpus: slowest single file per pass',
        target: '< 500 ms (the notice threshold)',
        run: async (page) => {
          const r = await measure(page);
          process.stderr.write(`  slowest: ${r.slowestLabel}\n`);
          return { samples: r.slowest };
        },
      },
    ];
  })(),
  {
    name: 'Parent-cycle search alone, 50,000-link chain that closes a cycle',
    target: 'linear',
    run: async (page) => ({ samples: await page.evaluate((k) => window.bench.timeCycleSearch(50_000, k), runs(7)) }),
  },
  ...[
    ['demo', 'demo case (20 people)', 5],
    [250, '250 people', 4],
    [1000, '1000 people', 2],
  ].flatMap(([kind, what, k]) => {
    let cached;
    const measure = async (page) => {
      if (!cached) {
        cached = await page.evaluate(([kind, k]) => window.bench.timePdf(kind, k), [kind, runs(k)]);
        process.stderr.write(`  ${what}: ${cached.pages} pages\n`);
      }
      return cached;
    };
    return [
      { name: `PDF, ${what}: both maps + all tables, A4 landscape (makePdf, genogram laid out before)`, target: kind === 250 ? '< 0.5 s' : '', run: async (page) => ({ samples: (await measure(page)).ms }) },
      { name: `PDF size, ${what} (KB, fonts embedded)`, target: kind === 250 ? '< 300 KB' : '', kb: true, run: async (page) => ({ samples: (await measure(page)).kb }) },
      { name: `Longest long task while making the PDF, ${what}`, target: kind === 250 ? '< 100 ms' : '', run: async (page) => ({ samples: (await measure(page)).longTask }) },
    ];
  }),
  ...(() => {
    let cached;
    const measure = async (page) => {
      if (!cached) {
        cached = await page.evaluate((k) => window.bench.timeComparisonPdf(250, k), runs(4));
        process.stderr.write(`  comparison PDF, 250 people: ${cached.pages} pages\n`);
      }
      return cached;
    };
    return [
      { name: 'PDF comparison, 250 people: toen / nu + difference map + change list (comparisonInput + makePdf)', run: async (page) => ({ samples: (await measure(page)).ms }) },
      { name: 'Longest long task while making the PDF comparison, 250 people', target: '< 100 ms', run: async (page) => ({ samples: (await measure(page)).longTask }) },
    ];
  })(),
  {
    name: 'App: initial JavaScript, gzipped (index.html\'s script and modulepreloads, app-only build)',
    target: 'does not grow (233.6 KB before the PDF export, same measure)',
    run: async () => ({ value: `${(await initialJsGzip()).toFixed(1)} KB` }),
  },
  {
    name: 'diffCase + change facts + family summary, two 1000-person cases (months apart)',
    target: '< 50 ms',
    run: async (page) => ({ samples: await page.evaluate((k) => window.bench.timeDiff(1000, k), runs(15)) }),
  },
  {
    name: 'Difference map of a 250-person netwerkkaart: facts + both maps + stable layout + drawing (main thread, one block)',
    target: '< 100 ms',
    run: async (page) => ({ samples: await page.evaluate((k) => window.bench.timeDiffMap(250, k), runs(9)) }),
  },
  ...appMeasurements(runs),
];

/** What the app's page loads before it can start: its module script and the chunks it preloads. */
async function initialJsGzip() {
  const outDir = mkdtempSync(join(tmpdir(), 'netwerkkaart-initial-'));
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f))).length, 0) / 1000;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
  };
  return { median: q(0.5), min: s[0], max: s[s.length - 1], q1: q(0.25), q3: q(0.75) };
}

const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);

async function main() {
  const loadBefore = loadavg()[0];
  const outDir = mkdtempSync(join(tmpdir(), 'netwerkkaart-bench-'));
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: { app: resolve(root, 'index.html'), bench: resolve(root, 'bench/index.html') } } },
  });
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-sandbox'],
  });
  const base = `http://127.0.0.1:${port}`;
  const pages = new Map();
  const open = async (path, fresh) => {
    if (!fresh && pages.has(path)) return pages.get(path);
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(base + path);
    if (path === '/bench/index.html') {
      await page.waitForFunction(() => document.title === 'bench ready');
      if (!fresh) await page.evaluate(() => window.bench.warmUpElk());
    }
    if (!fresh) pages.set(path, page);
    return page;
  };
  const rows = [];
  try {
    for (const m of MEASUREMENTS.filter((x) => !only || x.name.includes(only))) {
      const page = await open(m.page ?? '/bench/index.html', m.fresh);
      process.stderr.write(`… ${m.name}\n`);
      const r = await m.run(page, { browser, base });
      if (m.fresh) await page.close();
      if (r.samples) {
        const s = stats(r.samples);
        const f = m.kb ? (n) => `${Math.round(n)} KB` : ms;
        rows.push([m.name, f(s.median), `${f(s.min)}–${f(s.max)}`, `${f(s.q1)}–${f(s.q3)}`, r.samples.length, m.target ?? '']);
      } else rows.push([m.name, r.value, '', '', 1, m.target ?? '']);
    }
    if (process.argv.includes('--screenshot')) {
      const page = await open('/bench/index.html');
      await page.evaluate(() => window.bench.preview(40));
      await page.locator('svg').screenshot({ path: join(outDir, 'genogram-40.png') });
      console.error(`screenshot: ${join(outDir, 'genogram-40.png')}`);
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.httpServer.close(r));
    if (!process.argv.includes('--screenshot')) rmSync(outDir, { recursive: true, force: true });
  }
  const ua = `Chromium (${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}), ${new Date().toISOString().slice(0, 16)}Z`;
  // On a shared machine the load decides the figures: print it with them.
  const load = `${cpus().length} cores, load average ${loadBefore.toFixed(1)} before / ${loadavg()[0].toFixed(1)} after`;
  console.log(`\nBenchmark, ${ua}, ${load}; median with spread over the runs after warm-up\n`);
  console.log('| Measurement | Median | Min–max | IQR | Runs | Target |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
