/** The worker hand-off, with a stand-in Worker (Node has none): answers, slowness, failures. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCaseBytes, serializeCase } from '../../../src/graph/parse';
import { parseOffThread, type ParseReply, type ParseRequest } from '../../../src/storage/parseOffThread';
import { makeDoc } from './fixtures';

type Behaviour = 'answer' | 'crash' | 'fail-to-load';

function installWorker(behaviour: Behaviour, delayMs: number) {
  const seen: { transferred: number; terminated: boolean } = { transferred: 0, terminated: false };
  class StandInWorker {
    onmessage: ((e: { data: ParseReply }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
    postMessage(data: ParseRequest, transfer: ArrayBuffer[] = []) {
      seen.transferred = transfer.length;
      setTimeout(() => {
        if (behaviour === 'fail-to-load') this.onerror?.({ message: 'no script', preventDefault() {} });
        else if (behaviour === 'crash') this.onmessage?.({ data: { crashed: 'boom' } });
        else this.onmessage?.({ data: { result: parseCaseBytes(new Uint8Array(data.bytes!)) } });
      }, delayMs);
    }
    terminate() {
      seen.terminated = true;
    }
  }
  vi.stubGlobal('Worker', StandInWorker);
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

const bytes = () => new TextEncoder().encode(serializeCase(makeDoc('c-w', 'Familie')));

describe('parseOffThread', () => {
  it('transfers the bytes, returns the worker answer and ends the worker', async () => {
    const seen = installWorker('answer', 0);
    const onSlow = vi.fn();
    const result = await parseOffThread(bytes(), { onSlow, slowAfterMs: 200 });
    expect(result.ok && result.value.case.id).toBe('c-w');
    expect(seen).toEqual({ transferred: 1, terminated: true });
    expect(onSlow).not.toHaveBeenCalled();
  });

  it('says it is slow once the answer takes longer than the threshold', async () => {
    installWorker('answer', 60);
    const onSlow = vi.fn();
    await parseOffThread(bytes(), { onSlow, slowAfterMs: 10 });
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it('reads the file on the main thread when the worker cannot start', async () => {
    installWorker('fail-to-load', 0);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await parseOffThread(bytes());
    expect(result.ok).toBe(true);
  });

  it('rejects (does not hang) when the worker reports a crash', async () => {
    installWorker('crash', 0);
    await expect(parseOffThread(bytes())).rejects.toThrow(/boom/);
  });

  it('without Worker, parses in place', async () => {
    const result = await parseOffThread(new Uint8Array([0xff]));
    expect(result.ok).toBe(false);
  });
});
