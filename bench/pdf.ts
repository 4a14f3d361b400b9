/**
 * The PDF bench: makePdf for the demo case and generated 250- and 1000-person families with
 * every table filled (a need, an offer and a strength for every fourth person, topics with
 * consents), both maps, A4 landscape: time, size, pages, and the longest long task meanwhile.
 * The genogram is laid out before the clock starts (its own rows measure ELK).
 */
import { createDemoCase } from '../src/graph/demo';
import { scopeForExport } from '../src/graph/queries';
import type { CaseDocument } from '../src/graph/schema';
import { DEFAULT_PDF_OPTIONS } from '../src/export/options';
import { getElk } from '../src/layout/elk';
import { layoutGenogram } from '../src/layout/genogram';
import { generateFamily } from '../src/layout/genogramGenerate';
import { viewPositions } from '../src/layout/placement';

function withSteps(doc: CaseDocument): CaseDocument {
  const some = doc.people.filter((_, i) => i % 4 === 0);
  const topics = [
    { id: 't1', label: 'Schoolwisseling na de zomer' },
    { id: 't2', label: 'Geldzorgen' },
  ];
  return {
    ...doc,
    people: doc.people.map((p, i) => (i === 0 ? { ...p, focus: true, name: `Şükriye ${p.name}` } : { ...p, name: `${p.name} Öztürk` })),
    needs: some.map((p, i) => ({ id: `n${i}`, of: p.id, type: 'practical' as const, category: 'practical' as const, text: `Vervoer naar school op dag ${i}` })),
    offers: some.map((p, i) => ({ id: `o${i}`, by: p.id, type: 'practical' as const, category: 'practical' as const, text: `Rijdt op dag ${i}`, needIds: i % 2 ? [`n${i}`] : [] })),
    strengths: some.map((p, i) => ({ id: `s${i}`, of: p.id, domain: 'leisure' as const, text: `Kan goed koken (${i})` })),
    topics,
    consents: some.map((p, i) => ({ personId: p.id, topicId: topics[i % 2]!.id, decision: i % 3 ? ('may-know' as const) : ('may-not-know' as const) })),
    agreements: some.slice(0, 20).map((p, i) => ({ id: `a${i}`, with: [p.id], frequency: 'weekly', channel: 'phone' as const, content: `Belt op dag ${i}` })),
    meetings: [{ id: 'm1', date: '2026-11-20', present: some.slice(0, 10).map((p) => p.id), notes: 'Eerste netwerkberaad.' }],
  };
}

/**
 * `warm: true`: the page has exported before (bench/profile-pdf.mjs), so no warm-up run.
 * `where: 'main'`: makePdf on the main thread, for a CPU profile of its functions (the worker's do not show).
 */
export async function timePdf(kind: 'demo' | number, runs: number, warm = false, where: 'worker' | 'main' = 'worker'): Promise<{ ms: number[]; kb: number[]; pages: number; longTask: number[] }> {
  const doc = kind === 'demo' ? createDemoCase(new Date('2026-11-28T10:00:00Z')) : withSteps(generateFamily(kind, 1));
  const genogram = viewPositions(doc, 'genogram', await layoutGenogram(doc, getElk()));
  const scoped = scopeForExport(doc, {})!;
  // As the app makes it: in the PDF worker (the main thread's long tasks are what the page feels).
  const { makePdfOffThread } = await import('../src/export/makePdfOffThread');
  const { makePdf } = await import('../src/export/makePdf');
  const make = () => (where === 'main' ? makePdf : makePdfOffThread)({ scoped, options: DEFAULT_PDF_OPTIONS, genogram, step: '3', now: new Date() });
  if (!warm) await make(); // warm-up: fonts fetched, code compiled
  return timeExports(make, runs);
}

/**
 * `runs` exports one after another: the time of each from the call to its Blob, its size, the
 * longest long task on the page meanwhile, and the page count of the last. Shared by the PDF rows
 * and the comparison rows (pdfComparison.ts).
 */
export async function timeExports(make: () => Promise<Blob>, runs: number): Promise<{ ms: number[]; kb: number[]; pages: number; longTask: number[] }> {
  const ms: number[] = [];
  const kb: number[] = [];
  const longTask: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    let longest = 0;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const blob = await make();
    ms.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
    observer.takeRecords().forEach((e) => (longest = Math.max(longest, e.duration)));
    observer.disconnect();
    longTask.push(longest);
    kb.push(blob.size / 1024);
    // Kept for bench/profile-pdf.mjs --save, which writes it to a file for pdffonts/pdftotext.
    (globalThis as { lastPdf?: Blob }).lastPdf = blob;
    pages = (new TextDecoder('latin1').decode(await blob.arrayBuffer()).match(/\/Type \/Page\b/g) ?? []).length;
  }
  return { ms, kb, pages, longTask };
}
