/**
 * parseCase in a Web Worker, so that no file can freeze the page (a hostile file used to block
 * it for a minute). Where there is no Worker (unit tests in Node/jsdom), or the worker script
 * cannot start, the same parse runs on the main thread: slower for a big file, never wrong.
 */
import { parseCase, parseCaseBytes, type ImportError } from '../graph/parse';
import type { CaseDocument } from '../graph/schema';
import type { Result } from '../graph/result';

export interface ParseRequest {
  bytes?: ArrayBuffer;
  text?: string;
}

export type ParseReply = { result: Result<CaseDocument, ImportError> } | { crashed: string };

export interface OffThreadOptions {
  /** Called once when the answer takes longer than `slowAfterMs`: time to say "Bestand wordt gelezen…". */
  onSlow?: () => void;
  slowAfterMs?: number;
}

export const SLOW_AFTER_MS = 500;

const parseHere = (input: Uint8Array | string) => (typeof input === 'string' ? parseCase(input) : parseCaseBytes(input));

export function parseOffThread(input: Uint8Array | string, options: OffThreadOptions = {}): Promise<Result<CaseDocument, ImportError>> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseHere(input));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    console.warn('Import runs on the main thread: the worker did not start.', e);
    return Promise.resolve(parseHere(input));
  }
  return new Promise((resolve, reject) => {
    const slow = options.onSlow ? setTimeout(options.onSlow, options.slowAfterMs ?? SLOW_AFTER_MS) : undefined;
    const done = () => {
      clearTimeout(slow);
      worker.terminate();
    };
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
      done();
      if ('result' in data) resolve(data.result);
      else reject(new Error(`Import worker failed: ${data.crashed}`));
    };
    worker.onerror = (event) => {
      // The script did not load (or threw outside parseCase): read the file here instead.
      event.preventDefault();
      done();
      console.warn('Import runs on the main thread: the worker failed.', event.message);
      resolve(parseHere(input));
    };
    if (typeof input === 'string') worker.postMessage({ text: input } satisfies ParseRequest);
    else {
      // A copy is transferred (not cloned again); `input` stays whole for the fallback above.
      const bytes = input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer;
      worker.postMessage({ bytes } satisfies ParseRequest, [bytes]);
    }
  });
}
