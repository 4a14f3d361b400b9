// App-level measurements for `npm run bench`: the real built app (`/`), driven the way a user
// drives it (the "Importeren" button's file chooser, the map toolbar's "Persoon toevoegen" and
// Enter). Every run gets a fresh browser context, so IndexedDB starts empty and the app boots on
// its demo case, as on a first visit. Times are taken inside the page (see `installProbe`), so
// Playwright's round trips are not in them.

/**
 * Runs in the page. Arms a one-shot listener for the user's action (`change` on the file input,
 * or Enter in the name field) and resolves `window.__nkProbe` with:
 * - dom: ms from the action to `expected` person nodes in the DOM and shown (React Flow keeps a
 *   node `visibility: hidden` until it has measured it);
 * - painted: the same, up to the end of the frame that paints them: the end of that frame's
 *   long-animation-frame entry when it was a long frame, else the first task after its rAF
 *   callbacks (which can be late by whatever other task was queued first);
 * - settled / settledPainted (`waitLayout`): until the genogram's ELK layout is in as well (the
 *   map toolbar's status line showed "wordt geschikt…" and is empty again);
 * - longTask: the longest long task (> 50 ms, else 0) from the action to the end;
 * - frameGap: the longest gap between animation frames over the same time.
 */
export function installProbe({ expected, trigger, waitLayout, timeoutMs }) {
  const out = { dom: NaN, painted: NaN, settled: NaN, settledPainted: NaN, longTask: 0, longTasks: [], frameGap: 0, busySeen: false };
  let start = NaN;
  let lastFrame = 0;
  let finished = false;
  let resolve;
  window.__nkProbe = new Promise((r) => (resolve = r));
  const statusText = () =>
    document.querySelector('[role="toolbar"][aria-label="Kaartwerkbalk"] [role="status"]')?.textContent ?? '';
  const shownPeople = () => {
    let n = 0;
    for (const el of document.querySelectorAll('.react-flow__node [data-person-id]')) {
      if (el.closest('.react-flow__node')?.style.visibility !== 'hidden') n++;
    }
    return n;
  };
  // `set(frameStart, afterFrame)`: the frame's rAF time and the first task after it (ms after the action).
  const afterPaint = (set) => requestAnimationFrame(() => {
    const frameAt = performance.now() - start;
    setTimeout(() => set(frameAt, performance.now() - start));
  });
  const frameEnds = [];
  // The end of the long animation frame that ran at `frameAt`, else the first task after it.
  const paintedAt = ([frameAt, after]) => {
    const f = frameEnds.find(([s, e]) => s <= frameAt && frameAt <= e);
    return f ? Math.min(f[1], after) : after;
  };
  const longTasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.startTime + e.duration < start) continue;
      out.longTasks.push([Math.round(e.startTime - start), Math.round(e.duration)]);
      out.longTask = Math.max(out.longTask, e.duration);
    }
  });
  // Long animation frames (> 50 ms) split each slow frame into script and rendering (style,
  // layout, paint), with the scripts that ran longest: the diagnosis behind a missed target.
  out.frames = [];
  const frames = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const end = e.startTime + e.duration;
      if (end < start) continue;
      frameEnds.push([e.startTime - start, end - start]);
      out.frames.push({
        at: Math.round(e.startTime - start),
        ms: Math.round(e.duration),
        styleLayoutPaint: e.styleAndLayoutStart ? Math.round(end - e.styleAndLayoutStart) : 0,
        scripts: [...e.scripts]
          .sort((x, y) => y.duration - x.duration)
          .slice(0, 3)
          .map((x) => `${x.invoker}${x.sourceFunctionName ? ` ${x.sourceFunctionName}` : ''} ${Math.round(x.duration)} ms (forced style/layout ${Math.round(x.forcedStyleAndLayoutDuration)} ms)`),
      });
    }
  });
  const mutations = new MutationObserver(() => check());
  const finish = (error) => {
    if (finished) return;
    finished = true;
    // Let the last long-task entries arrive before reading them.
    setTimeout(() => {
      mutations.disconnect();
      for (const e of longTasks.takeRecords()) out.longTask = Math.max(out.longTask, e.duration);
      longTasks.disconnect();
      for (const e of frames.takeRecords()) frameEnds.push([e.startTime - start, e.startTime + e.duration - start]);
      frames.disconnect();
      if (out.paintedRaw) out.painted = paintedAt(out.paintedRaw);
      if (out.settledPaintedRaw) out.settledPainted = paintedAt(out.settledPaintedRaw);
      resolve(error ? { error, ...out, shown: shownPeople(), status: statusText() } : out);
    }, 100);
  };
  function check() {
    if (finished || Number.isNaN(start)) return;
    if (statusText() !== '') out.busySeen = true;
    if (Number.isNaN(out.dom) && shownPeople() === expected) {
      out.dom = performance.now() - start;
      afterPaint((...t) => ((out.paintedRaw = t), maybeDone()));
    }
    if (waitLayout && !Number.isNaN(out.dom) && Number.isNaN(out.settled) && out.busySeen && statusText() === '') {
      out.settled = performance.now() - start;
      afterPaint((...t) => ((out.settledPaintedRaw = t), maybeDone()));
    }
  }
  function maybeDone() {
    if (out.paintedRaw && (!waitLayout || out.settledPaintedRaw)) finish();
  }
  const frame = (t) => {
    if (finished) return;
    out.frameGap = Math.max(out.frameGap, t - lastFrame);
    lastFrame = t;
    check();
    requestAnimationFrame(frame);
  };
  const onAction = (event) => {
    if (trigger === 'change' && !(event.target instanceof HTMLInputElement && event.target.type === 'file')) return;
    if (trigger === 'keydown' && event.key !== 'Enter') return;
    window.removeEventListener(trigger, onAction, true);
    start = performance.now();
    // The first gap runs from the action itself: a long task right after it delays the first frame.
    lastFrame = start;
    longTasks.observe({ type: 'longtask' });
    frames.observe({ type: 'long-animation-frame' });
    mutations.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style'] });
    requestAnimationFrame(frame);
    setTimeout(() => finish(`timeout after ${timeoutMs} ms`), timeoutMs);
  };
  // Capture phase on window: before React's own listener on its root.
  window.addEventListener(trigger, onAction, true);
}

const TOOLBAR = 'Kaartwerkbalk';

/** A fresh context (empty IndexedDB) with the app booted on its demo case, idle, in `view`. */
export async function openApp(browser, base, view) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // An app that throws (e.g. built from a half-edited working tree) fails the bench at once.
  const crashed = new Promise((_, reject) => page.on('pageerror', (e) => reject(new Error(`app page error: ${e.message}`))));
  crashed.catch(() => {});
  await page.goto(`${base}/`);
  // The demo case's genogram is laid out: the ELK worker is loaded and warmed up (main.tsx).
  const booted = page.waitForFunction(
    (label) =>
      document.querySelectorAll('.react-flow__node [data-person-id]').length > 0 &&
      document.querySelector(`[role="toolbar"][aria-label="${label}"] [role="status"]`)?.textContent === '',
    TOOLBAR,
    { timeout: 60_000 },
  );
  await Promise.race([booted, crashed]);
  if (view !== 'genogram') {
    await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
    await page.waitForFunction(() => document.querySelector('.nk-canvas--netwerkkaart .react-flow__node [data-person-id]'));
  }
  await idle(page);
  return { context, page };
}

/** Two idle periods in a row: start-up work (autosave, fit view, late layouts) is over. */
function idle(page) {
  return page.evaluate(
    () =>
      new Promise((r) => {
        const once = (k) => requestIdleCallback(() => (k ? setTimeout(() => once(k - 1), 100) : r(null)), { timeout: 2000 });
        once(2);
      }),
  );
}

async function probe(page, args) {
  const r = await page.evaluate(() => window.__nkProbe);
  if (r.error) throw new Error(`${args}: ${r.error} (shown ${r.shown}, status "${r.status}")`);
  return r;
}

/** One import of `text` (n people) into a fresh app in `view`; the probe's result. */
export async function importOnce(browser, base, { n, text, view }) {
  const { context, page } = await openApp(browser, base, view);
  try {
    await page.evaluate(installProbe, { expected: n, trigger: 'change', waitLayout: view === 'genogram', timeoutMs: 120_000 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importeren' }).click();
    await (await chooser).setFiles({ name: `familie-${n}.netwerkkaart.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
    return await probe(page, `import ${n} (${view})`);
  } finally {
    await context.close();
  }
}

/**
 * In a fresh app with `text` (n people) imported and laid out: `warmUp + runs` times "Persoon
 * toevoegen", type a name, Enter; the probe times Enter -> the new node shown.
 */
export async function addPersonRuns(browser, base, { n, text, view, warmUp, runs }) {
  const { context, page } = await openApp(browser, base, view);
  try {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importeren' }).click();
    await (await chooser).setFiles({ name: `familie-${n}.netwerkkaart.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
    const samples = [];
    const details = [];
    for (let i = 0; i < warmUp + runs; i++) {
      await settle(page, n + i);
      await page.getByRole('toolbar', { name: TOOLBAR }).getByRole('button', { name: 'Persoon toevoegen' }).click();
      const field = page.getByRole('textbox', { name: 'Naam van nieuwe persoon' });
      await field.fill(`Nieuw ${i}`);
      await page.evaluate(installProbe, { expected: n + i + 1, trigger: 'keydown', waitLayout: false, timeoutMs: 30_000 });
      await field.press('Enter');
      const r = await probe(page, `add person ${i} (${view})`);
      if (i >= warmUp) {
        samples.push(r.painted);
        details.push(r);
      }
    }
    return { samples, details };
  } finally {
    await context.close();
  }
}

/** `count` people shown, the genogram layout (if any) done, and the page idle. */
async function settle(page, count) {
  await page.waitForFunction(
    ([count, label]) =>
      document.querySelectorAll('.react-flow__node [data-person-id]').length === count &&
      (document.querySelector(`[role="toolbar"][aria-label="${label}"] [role="status"]`)?.textContent ?? '') === '',
    [count, TOOLBAR],
    { timeout: 120_000 },
  );
  await idle(page);
}

/**
 * The app-level entries for bench/run.mjs's MEASUREMENTS. Each `run(benchPage, env)` gets the
 * bench page (to generate the family files) and `env = { browser, base, runs }`.
 */
export function appMeasurements(runs) {
  const files = new Map();
  const fileFor = async (benchPage, n) => {
    if (!files.has(n)) files.set(n, await benchPage.evaluate((n) => window.bench.familyFile(n), n));
    return files.get(n);
  };
  // Import runs are shared between rows (one import gives "drawn", "laid out", long task, frame gap).
  const imports = new Map();
  const importRuns = (benchPage, env, n, view, k) => {
    const key = `${n}|${view}`;
    if (!imports.has(key)) {
      imports.set(
        key,
        (async () => {
          const text = await fileFor(benchPage, n);
          if (!imports.warm) {
            // Warm-up: the first app page of the browser (HTTP cache, V8 code cache); not counted.
            imports.warm = true;
            await importOnce(env.browser, env.base, { n: 40, text: await fileFor(benchPage, 40), view: 'genogram' });
          }
          const results = [];
          for (let i = 0; i < runs(k); i++) results.push(await importOnce(env.browser, env.base, { n, text, view }));
          // BENCH_DETAILS=1: every run's timings and its long tasks as [start after the action, duration] in ms.
          if (process.env.BENCH_DETAILS) console.error(`import ${n} ${view}: ${JSON.stringify(results)}`);
          return results;
        })(),
      );
    }
    return imports.get(key);
  };
  const pick = (field) => async (benchPage, env, n, view, k) => ({
    samples: (await importRuns(benchPage, env, n, view, k)).map((r) => r[field]),
  });
  const drawn = pick('painted');
  const laidOut = pick('settledPainted');
  const longTask = pick('longTask');
  const frameGap = pick('frameGap');

  const rows = [];
  // Runs per size (after the one warm-up import). Kept low to hold `npm run bench` near 8 minutes
  // on the 2-core machine: one 1000-person genogram import alone takes 20-40 s there (see README).
  for (const [n, k] of [
    [40, 5],
    [250, 4],
    [1000, 2],
  ]) {
    rows.push({
      name: `App: import -> all ${n} people drawn, genogram (fallback positions, before ELK)`,
      app: true,
      run: (p, env) => drawn(p, env, n, 'genogram', k),
    });
    rows.push({
      name: `App: import -> all ${n} people drawn and laid out by ELK, genogram`,
      app: true,
      run: (p, env) => laidOut(p, env, n, 'genogram', k),
    });
    if (n === 250) {
      rows.push({
        name: 'App: longest long task, import + layout of 250 people, genogram',
        target: '< 50 ms',
        app: true,
        run: (p, env) => longTask(p, env, n, 'genogram', k),
      });
      rows.push({
        name: 'App: longest gap between frames, import + layout of 250 people, genogram',
        app: true,
        run: (p, env) => frameGap(p, env, n, 'genogram', k),
      });
    }
    rows.push({
      name: `App: import -> all ${n} people drawn, netwerkkaart`,
      app: true,
      run: (p, env) => drawn(p, env, n, 'netwerkkaart', n === 1000 ? 3 : k),
    });
    if (n === 250) {
      rows.push({
        name: 'App: longest long task, import of 250 people, netwerkkaart',
        target: '< 50 ms',
        app: true,
        run: (p, env) => longTask(p, env, n, 'netwerkkaart', n === 1000 ? 3 : k),
      });
      rows.push({
        name: 'App: longest gap between frames, import of 250 people, netwerkkaart',
        app: true,
        run: (p, env) => frameGap(p, env, n, 'netwerkkaart', n === 1000 ? 3 : k),
      });
    }
  }
  const adds = new Map();
  const addRuns = (p, env, view) => {
    if (!adds.has(view)) {
      adds.set(
        view,
        (async () => {
          const r = await addPersonRuns(env.browser, env.base, { n: 40, text: await fileFor(p, 40), view, warmUp: 2, runs: runs(7) });
          if (process.env.BENCH_DETAILS) console.error(`add person ${view}: ${JSON.stringify(r.details)}`);
          return r.details;
        })(),
      );
    }
    return adds.get(view);
  };
  for (const view of ['genogram', 'netwerkkaart']) {
    rows.push({
      name: `App: add person (Enter) -> on screen (frame painted), 40-person map, ${view}`,
      target: '< 100 ms',
      app: true,
      run: async (p, env) => ({ samples: (await addRuns(p, env, view)).map((r) => r.painted) }),
    });
    rows.push({
      name: `App: add person (Enter) -> new node in the DOM, 40-person map, ${view}`,
      app: true,
      run: async (p, env) => ({ samples: (await addRuns(p, env, view)).map((r) => r.dom) }),
    });
  }
  return rows;
}
