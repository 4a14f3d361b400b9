/**
 * The benchmark page: measurements run here, in Chromium, with the app's own worker ELK.
 * bench/run.mjs calls `window.bench.<name>(...)` through Playwright.
 */
import { getElk, warmUpElk } from '../src/layout/elk';
import { layoutGenogram } from '../src/layout/genogram';
import { generateFamily } from '../src/layout/genogramGenerate';
import { parseCase, serializeCase } from '../src/graph/parse';
import { mapSvg } from '../src/draw/map';
import { layoutQuality } from './quality';

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
  if (!parsed.ok) throw new Error(`generated family does not import: ${parsed.error.message}`);
  return text;
}

Object.assign(window, { bench: { timeLayouts, mainThreadBlock, quality, preview, coldFirst, warmUpElk, familyFile } });
document.title = 'bench ready';
