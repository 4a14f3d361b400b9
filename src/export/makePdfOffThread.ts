/**
 * makePdf in a Web Worker (pdf.worker.ts), so the page stays responsive however big the case.
 * The worker is started on the first export and kept for the next ones. Where there is no
 * Worker (unit tests), or its script does not start, the same makePdf runs on the main thread,
 * loaded by a dynamic import: slower to respond for a big case, never a different PDF. A PDF
 * the worker fails to make is tried once more on the main thread.
 */
import type { PdfInput } from './makePdf';

/** Everything makePdf needs, as data (a structured clone): the progress callback stays here. */
export type PdfWork = Omit<PdfInput, 'onProgress'>;

export interface PdfRequest {
  id: number;
  input: PdfWork;
}

export type PdfReply = { id: number; progress: [number, number] } | { id: number; blob: Blob } | { id: number; failed: string };

interface Pending {
  resolve(blob: Blob): void;
  reject(error: Error): void;
  onProgress?: PdfInput['onProgress'];
  input: PdfInput;
}

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

async function onMainThread(input: PdfInput): Promise<Blob> {
  const { makePdf } = await import('./makePdf');
  return makePdf(input);
}

function start(): Worker | null {
  if (broken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    console.warn('The PDF is made on the main thread: the worker did not start.', e);
    broken = true;
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<PdfReply>) => {
    const job = pending.get(data.id);
    if (!job) return;
    if ('progress' in data) {
      job.onProgress?.(...data.progress);
      return;
    }
    pending.delete(data.id);
    if ('blob' in data) job.resolve(data.blob);
    else {
      // Something in makePdf needed what a worker lacks (a DOM, a canvas) or failed there: make this
      // one on the page instead, where a real error shows up again and is reported as such.
      console.warn('This PDF is made on the main thread: the worker failed.', data.failed);
      onMainThread(job.input).then(job.resolve, job.reject);
    }
  };
  worker.onerror = (event) => {
    // The script did not load or died outside makePdf: make the waiting PDFs here instead.
    event.preventDefault();
    console.warn('The PDF is made on the main thread: the worker failed.', event.message);
    broken = true;
    worker?.terminate();
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) onMainThread(job.input).then(job.resolve, job.reject);
  };
  return worker;
}

export function makePdfOffThread(input: PdfInput): Promise<Blob> {
  const w = start();
  if (!w) return onMainThread(input);
  const { onProgress, ...work } = input;
  const id = nextId++;
  return new Promise<Blob>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress, input });
    w.postMessage({ id, input: work } satisfies PdfRequest);
  });
}
