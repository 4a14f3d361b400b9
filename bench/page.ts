/**
 * The benchmark page: measurements run here, in Chromium, with the app's own worker ELK.
 * bench/run.mjs calls `window.bench.<name>(...)` through Playwright.
 */
import { getElk, warmUpElk } from '../src/layout/elk';
import { layoutGenogram } from '../src/layout/genogram';
import { generateFamily } from '../src/layout/genogramGenerate';
import { parseCase, parseCaseBytes, serializeCase } from '../src/graph/parse';
import { describeImportError } from '../src/i18n/importErrors';
import { firstCycleClosingRelation } from '../src/graph/lineage';
import type { Relation } from '../src/graph/schema';
import { fixedCorpus } from '../tests/fuzz/importCorpus';
import { danglingParentChain, peopleCycle } from '../tests/fuzz/hostileFiles';
import { mapSvg } from '../src/draw/map';
import { layoutQuality } from './quality';
import { timePdf } from './pdf';
import { timeComparisonPdf } from './pdfComparison';
import { changeFacts, diffCase, familySummary } from '../src/graph/diff';
import { laterCase, withNetwork } from '../tests/fuzz/laterCase';
import { drawDiffMap } from '../src/draw/diffMap';
import { toSvgString } from '../src/draw/render';
import { comparisonLayout } from '../src/layout/comparison';
import { netwerkkaartView } from '../src/layout/netwerkkaartView';

async function timeLayouts(people: number, runs: number, warmUp = 5): Promise<number[]> {
  const doc = generateFamily(people, 1);
  for (let i = 0; i < warmUp; i++) await layoutGenogram(doc, getElk());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await layoutGenogram(doc, getElk());
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * The longest time the main thread was busy while a layout ran in the worker: long tasks
 * (> 50 ms, from the browser) and the longest gap between animation frames (any size).
 */
async function mainThreadBlock(people: number, runs: number): Promise<{ longTask: number[]; frameGap: number[] }> {
  const doc = generateFamily(people, 1);
  await layoutGenogram(doc, getElk());
  const longTask: number[] = [];
  const frameGap: number[] = [];
  for (let i = 0; i < runs; i++) {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask' });
    let gap = 0;
    let last = performance.now();
    let running = true;
    const tick = (t: number) => {
      gap = Math.max(gap, t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    await new Promise((r) => requestAnimationFrame((t) => ((last = t), r(null))));
    requestAnimationFrame(tick);
    await layoutGenogram(doc, getElk());
    await new Promise((r) => setTimeout(r, 50)); // let the last frame and long-task entries arrive
    running = false;
    observer.takeRecords().forEach((e) => (longest = Math.max(longest, e.duration)));
    observer.disconnect();
    longTask.push(longest);
    frameGap.push(gap);
  }
  return { longTask, frameGap };
}

async function quality(people: number) {
  const doc = generateFamily(people, 1);
  return layoutQuality(doc, await layoutGenogram(doc, getElk()));
}

async function preview(people: number): Promise<void> {
  const doc = generateFamily(people, 1);
  const svg = mapSvg({ doc, view: 'genogram', positions: await layoutGenogram(doc, getElk()) });
  document.getElementById('out')!.innerHTML = svg;
}

/** The first layout of a fresh page, without warm-up (what the user gets without warmUpElk). */
async function coldFirst(people: number): Promise<number> {
  const doc = generateFamily(people, 1);
  const t0 = performance.now();
  await layoutGenogram(doc, getElk());
  return performance.now() - t0;
}

/**
 * A generated family as a `.netwerkkaart.json` file's text, for the app-level measurements
 * (bench/app.mjs imports it through the app's own "Importeren" button). Checked here with the
 * app's parser, so a refused file fails the bench loudly instead of timing an error notice.
 */
function familyFile(people: number): string {
  const doc = generateFamily(people, 1);
  doc.case = { ...doc.case, id: `c-bench-${people}`, title: `Benchmark ${people} personen` };
  const text = serializeCase(doc);
  const parsed = parseCase(text);
  if (!parsed.ok) throw new Error(`generated family does not import: ${describeImportError(parsed.error)}`);
  return text;
}

const HOSTILE: Record<string, () => string> = {
  chain20k: () => danglingParentChain(20_000),
  chain50k: () => danglingParentChain(49_999),
  cycle5000: () => peopleCycle(5000),
};

/**
 * parseCase on the main thread of this page (the app runs it in a worker; this is the work the
 * worker does). Returns ms per run after `warmUp` runs, and the file size in MB.
 */
function timeParseHostile(kind: string, runs: number, warmUp = 2): { samples: number[]; mb: number; code: string } {
  const text = (HOSTILE[kind] as () => string)();
  let code = '';
  for (let i = 0; i < warmUp; i++) parseCase(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = parseCase(text);
    samples.push(performance.now() - t0);
    code = result.ok ? 'accepted' : result.error.code;
  }
  return { samples, mb: new TextEncoder().encode(text).length / (1024 * 1024), code };
}

/** The importer fuzz corpus (fixed seed): total ms per pass over all documents, and the slowest document per pass. */
function timeFuzzCorpus(count: number, runs: number): { total: number[]; slowest: number[]; slowestLabel: string } {
  const corpus = fixedCorpus(count).map((c) => ({ label: c.label, bytes: c.bytes ?? new TextEncoder().encode(c.text ?? '') }));
  for (const c of corpus) parseCaseBytes(c.bytes);
  const total: number[] = [];
  const slowest: number[] = [];
  let slowestLabel = '';
  for (let i = 0; i < runs; i++) {
    let worst = 0;
    const t0 = performance.now();
    for (const c of corpus) {
      const t = performance.now();
      parseCaseBytes(c.bytes);
      const d = performance.now() - t;
      if (d > worst) [worst, slowestLabel] = [d, c.label];
    }
    total.push(performance.now() - t0);
    slowest.push(worst);
  }
  return { total, slowest, slowestLabel };
}

/** The cycle search alone on a 50,000-link chain that closes (quadratic before issue 7: ~60 s). */
function timeCycleSearch(links: number, runs: number): number[] {
  const relations: Relation[] = Array.from({ length: links }, (_, i) => ({ id: `r${i}`, kind: 'parent', from: `p${i}`, to: `p${i + 1}`, type: 'biological' }));
  relations.push({ id: 'back', kind: 'parent', from: `p${links}`, to: 'p0', type: 'biological' });
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    if (firstCycleClosingRelation(relations) !== links) throw new Error('cycle not found');
    if (i > 0) samples.push(performance.now() - t0); // the first run warms up
  }
  return samples;
}

/** Times a synchronous piece of work after a warm-up: one sample per run. */
function timeSync(work: () => unknown, runs: number, warmUp: number): number[] {
  for (let i = 0; i < warmUp; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * diffCase of a generated case and the same case months later, with the facts and the family
 * summary a comparison shows (that is what the comparison runs on every change of choice).
 */
function timeDiff(people: number, runs: number, warmUp = 3): number[] {
  const before = withNetwork(generateFamily(people, 1));
  // A clone: after a reload nothing is shared between a snapshot and now, so no record is equal by reference.
  const after = structuredClone(laterCase(before));
  const once = () => {
    const diff = diffCase(before, after);
    return familySummary(before, after, changeFacts(before, after, diff));
  };
  return timeSync(once, runs, warmUp);
}

/**
 * The main-thread part of showing the difference map of a 250-person netwerkkaart, as the
 * comparison pane does on every choice: facts, positions of both moments, the stable layout,
 * the drawing, and its markup (React renders the same tree).
 */
function timeDiffMap(people: number, runs: number, warmUp = 2): number[] {
  const before = withNetwork(generateFamily(people, 1));
  const after = structuredClone(laterCase(before));
  const once = () => {
    const facts = changeFacts(before, after);
    const [mb, ma] = [netwerkkaartView(before), netwerkkaartView(after)];
    const layout = comparisonLayout('netwerkkaart', after, { before: mb.positions, after: ma.positions }, facts, ma.geometry);
    return toSvgString(drawDiffMap({ view: 'netwerkkaart', after, facts, ...layout }).node).length;
  };
  return timeSync(once, runs, warmUp);
}

Object.assign(window, {
  bench: { timeLayouts, mainThreadBlock, quality, preview, coldFirst, warmUpElk, familyFile, timeParseHostile, timeFuzzCorpus, timeCycleSearch, timePdf, timeComparisonPdf, timeDiff, timeDiffMap },
});
document.title = 'bench ready';
