import { describe, expect, it, vi } from 'vitest';
import { createCaseOwnership, LOCK_PREFIX, type OwnershipOptions } from '../../../src/storage/caseOwnership';
import { channelPair, FakeLocks } from './fakeLocks';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function twoTabs(extra: Partial<OwnershipOptions> = {}) {
  const locks = new FakeLocks();
  const [channelA, channelB] = channelPair();
  const events: string[] = [];
  const tab = (name: string, channel: typeof channelA) =>
    createCaseOwnership({
      locks,
      channel,
      onLost: (id) => events.push(`${name} lost ${id}`),
      onDeleted: (id) => events.push(`${name} heard ${id} deleted`),
      graceMs: 50,
      ...extra,
    });
  return { locks, events, a: tab('A', channelA), b: tab('B', channelB) };
}

describe('case ownership', () => {
  it('lets one tab own a case; a second tab is told it is open elsewhere', async () => {
    const { a, b, locks } = twoTabs();
    expect(await a.claim('c1')).toBe(true);
    expect(await a.claim('c1')).toBe(true);
    expect(await b.claim('c1')).toBe(false);
    expect(await b.claim('c2')).toBe(true);
    expect(a.owns('c1') && !b.owns('c1') && b.owns('c2')).toBe(true);
    a.release('c1');
    await tick();
    expect(locks.isHeld(LOCK_PREFIX + 'c1')).toBe(false);
    expect(await b.claim('c1')).toBe(true);
  });

  it('take-over: the owner lets go when asked and hears it lost the case', async () => {
    const { a, b, events } = twoTabs();
    expect(await a.claim('c1')).toBe(true);
    await b.takeOver('c1');
    expect(b.owns('c1')).toBe(true);
    expect(a.owns('c1')).toBe(false);
    expect(events).toEqual(['A lost c1']);
  });

  it('take-over waits for the owner to store its pending edits before owning the case', async () => {
    const locks = new FakeLocks();
    const [channelA, channelB] = channelPair();
    const order: string[] = [];
    const a = createCaseOwnership({
      locks,
      channel: channelA,
      onLost: () => order.push('A lost'),
      onDeleted: () => {},
      beforeRelease: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('A saved');
      },
    });
    const b = createCaseOwnership({ locks, channel: channelB, onLost: () => {}, onDeleted: () => {}, graceMs: 1000 });
    await a.claim('c1');
    await b.takeOver('c1');
    order.push('B owns');
    expect(order).toEqual(['A saved', 'A lost', 'B owns']);
  });

  it('steals the lock from an owner that does not answer, and the owner learns it', async () => {
    const locks = new FakeLocks();
    const lost = vi.fn();
    // No channel: the request to let go never arrives, as with a frozen tab.
    const a = createCaseOwnership({ locks, channel: null, onLost: lost, onDeleted: () => {}, graceMs: 30 });
    const b = createCaseOwnership({ locks, channel: null, onLost: () => {}, onDeleted: () => {}, graceMs: 30 });
    await a.claim('c1');
    await b.takeOver('c1');
    await tick();
    expect(b.owns('c1')).toBe(true);
    expect(a.owns('c1')).toBe(false);
    expect(lost).toHaveBeenCalledWith('c1');
    // Taking it back works the same way.
    await a.takeOver('c1');
    expect(a.owns('c1')).toBe(true);
  });

  it('tells other tabs that a case was deleted', async () => {
    const { a, events } = twoTabs();
    a.announceDeleted('c9');
    await tick();
    expect(events).toEqual(['B heard c9 deleted']);
  });

  it('without Web Locks every claim succeeds, so the app keeps working in one tab', async () => {
    const o = createCaseOwnership({ locks: undefined, channel: null, onLost: () => {}, onDeleted: () => {} });
    expect(await o.claim('c1')).toBe(true);
    expect(o.owns('c1')).toBe(true);
    await o.takeOver('c2');
    expect(o.owns('c2')).toBe(true);
    o.release('c1');
    expect(o.owns('c1')).toBe(false);
  });

  it('a lock manager that refuses outright (sandboxed page) leaves the app working, unguarded', async () => {
    const refusing = { request: () => Promise.reject(new DOMException('no locks here', 'SecurityError')) };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const o = createCaseOwnership({ locks: refusing, channel: null, onLost: () => {}, onDeleted: () => {} });
    expect(await o.claim('c1')).toBe(true);
    expect(o.owns('c1')).toBe(true);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
