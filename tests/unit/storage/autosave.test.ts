import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { startAutosave } from '../../../src/storage/autosave';
import type { CaseDocument } from '../../../src/graph/schema';
import { CaseGoneError } from '../../../src/storage/errors';
import { makeDoc } from './fixtures';

const retitle = (doc: CaseDocument, title: string): CaseDocument => ({ ...doc, case: { ...doc.case, title } });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once after a burst of changes, within a second of the first', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const saved: string[] = [];
    const autosave = startAutosave(store, { save: async (d) => void saved.push(d.case.title), onError: () => {} });
    store.getState().run(retitle, 'A1');
    await vi.advanceTimersByTimeAsync(100);
    store.getState().run(retitle, 'A2');
    await vi.advanceTimersByTimeAsync(100);
    store.getState().run(retitle, 'A3');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(350);
    expect(saved).toEqual(['A3']);
    autosave.stop();
  });

  it('tells its status: saving from a change until it is stored, failed while a retry waits, then saved', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const states: string[] = [];
    let fail = false;
    startAutosave(store, {
      save: async () => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
      },
      onError: () => {},
      onStatus: (s) => states.push(s),
    });
    store.getState().run(retitle, 'A1');
    expect(states.at(-1)).toBe('saving');
    await vi.advanceTimersByTimeAsync(350);
    expect(states.at(-1)).toBe('saved');
    fail = true;
    store.getState().run(retitle, 'A2');
    await vi.advanceTimersByTimeAsync(350);
    expect(states.at(-1)).toBe('failed');
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.at(-1)).toBe('saved');
  });

  it('does not postpone saving beyond the max wait while changes keep coming', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const savedAt: number[] = [];
    const start = Date.now();
    startAutosave(store, { save: async () => void savedAt.push(Date.now() - start), onError: () => {} });
    for (let i = 0; i < 10; i++) {
      store.getState().run(retitle, `t${i}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(savedAt.length).toBeGreaterThan(0);
    expect(savedAt[0]).toBeLessThanOrEqual(1000);
  });

  it('ignores session-only changes', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const save = vi.fn(async () => {});
    startAutosave(store, { save, onError: () => {} });
    store.getState().setSession({ view: 'netwerkkaart' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).not.toHaveBeenCalled();
  });

  it('flushes on pagehide', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const saved: string[] = [];
    const target = new EventTarget();
    startAutosave(store, {
      save: async (d) => void saved.push(d.case.title),
      onError: () => {},
      target: target as unknown as Window,
    });
    store.getState().run(retitle, 'last second');
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['last second']);
  });

  it('flushes when the page is hidden (tab switched, app closed on a tablet)', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const saved: string[] = [];
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const target = Object.assign(new EventTarget(), { document });
    startAutosave(store, {
      save: async (d) => void saved.push(d.case.title),
      onError: () => {},
      target: target as unknown as Window & { document: Document },
    });
    store.getState().run(retitle, 'hidden now');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([]);
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['hidden now']);
  });

  it('saves the previous case at once when another case is opened', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const saved: string[] = [];
    startAutosave(store, { save: async (d) => void saved.push(`${d.case.id}:${d.case.title}`), onError: () => {} });
    store.getState().run(retitle, 'edited');
    store.getState().load(makeDoc('b', 'B'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['a:edited']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['a:edited', 'b:B']);
  });

  it('reports a quota failure instead of swallowing it, and keeps saving afterwards', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const errors: string[] = [];
    let fail = true;
    const saved: string[] = [];
    startAutosave(store, {
      save: async (d) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        saved.push(d.case.title);
      },
      onError: (e) => errors.push(e.code),
    });
    store.getState().run(retitle, 'x');
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toEqual(['quota']);
    fail = false;
    store.getState().run(retitle, 'y');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['y']);
  });

  it('retries a failed save with growing pauses until space is free, then says it recovered', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const errors: string[] = [];
    const attempts: number[] = [];
    let recovered = 0;
    let fail = true;
    const saved: string[] = [];
    const start = Date.now();
    startAutosave(store, {
      save: async (d) => {
        attempts.push(Date.now() - start);
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        saved.push(d.case.title);
      },
      onError: (e) => errors.push(e.code),
      onRecovered: () => recovered++,
    });
    store.getState().run(retitle, 'not lost');
    await vi.advanceTimersByTimeAsync(300); // first try after the debounce
    await vi.advanceTimersByTimeAsync(1000); // retry after 1 s
    await vi.advanceTimersByTimeAsync(2000); // then after 2 s
    expect(attempts).toEqual([300, 1300, 3300]);
    expect(errors).toEqual(['quota', 'quota', 'quota']);
    expect(recovered).toBe(0);
    // Space freed; nobody edits again: the next retry (5 s later) stores the edit.
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['not lost']);
    expect(recovered).toBe(1);
    // And it stops retrying once stored.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toHaveLength(4);
  });

  it('retries a failed save on the next change and on pagehide, with the newest document', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    let fail = true;
    const saved: string[] = [];
    const target = new EventTarget();
    const autosave = startAutosave(store, {
      save: async (d) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        saved.push(d.case.title);
      },
      onError: () => {},
      retryMs: [60_000],
      target: target as unknown as Window,
    });
    store.getState().run(retitle, 'first');
    await vi.advanceTimersByTimeAsync(400);
    expect(autosave.hasUnsaved('a')).toBe(true);
    fail = false;
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['first']);
    expect(autosave.hasUnsaved('a')).toBe(false);
    fail = true;
    store.getState().run(retitle, 'second');
    await vi.advanceTimersByTimeAsync(400);
    fail = false;
    store.getState().run(retitle, 'third');
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['first', 'third']);
  });

  it('keeps retrying a case switched away from while its save fails', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    let fail = true;
    const saved: string[] = [];
    startAutosave(store, {
      save: async (d) => {
        if (fail && d.case.id === 'a') throw new DOMException('full', 'QuotaExceededError');
        saved.push(`${d.case.id}:${d.case.title}`);
      },
      onError: () => {},
    });
    store.getState().run(retitle, 'edited');
    store.getState().load(makeDoc('b', 'B'));
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['b:B']);
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['b:B', 'a:edited']);
  });

  it('gives up, and says so, on a case that was deleted; drops what it may not write', async () => {
    const store = createAppStore(makeDoc('a', 'A'));
    const errors: string[] = [];
    const save = vi.fn(async () => {
      throw new CaseGoneError('a');
    });
    let allowed = true;
    startAutosave(store, { save, onError: (e) => errors.push(e.code), canSave: () => allowed });
    store.getState().run(retitle, 'x');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(errors).toEqual(['deleted']);
    expect(save).toHaveBeenCalledTimes(1);
    allowed = false;
    store.getState().run(retitle, 'y');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
