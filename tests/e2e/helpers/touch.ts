/**
 * Touch on a tablet, for the end-to-end tests: how big a target is under a finger (what the
 * browser hits, not the element's box: a person's touch area is larger than its box), whether a
 * finger can reach a control at all, and drags as real touch events through the DevTools protocol.
 */
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';

export const MIN_TARGET = 44;

type Point = { x: number; y: number };

/**
 * The size of the area a tap reaches `target` in, measured through the centre of `target`
 * (or of `from`, e.g. a knob's dot): how far left, right, up and down from there the element
 * the browser hits is still `target` or inside it.
 */
export async function touchTarget(target: Locator, from: Locator = target): Promise<{ width: number; height: number }> {
  const box = await from.boundingBox();
  if (!box) throw new Error('not visible');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const handle = await target.elementHandle();
  return handle!.evaluate((el, c) => {
    const reaches = (x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return !!hit && el.contains(hit);
    };
    const reach = (dx: number, dy: number) => {
      let n = 0;
      while (n < 200 && reaches(c.x + dx * (n + 1), c.y + dy * (n + 1))) n++;
      return n;
    };
    if (!reaches(c.x, c.y)) return { width: 0, height: 0 };
    return { width: reach(-1, 0) + reach(1, 0) + 1, height: reach(0, -1) + reach(0, 1) + 1 };
  }, centre);
}

/**
 * Checks that a finger can reach a control: on screen, inside the map if it floats on the map,
 * not covered by anything at its centre, and a target of at least 44x44 px. Returns the size.
 */
export async function expectReachable(page: Page, control: Locator, what: string): Promise<{ width: number; height: number }> {
  await expect(control, what).toBeVisible();
  // A floating panel is measured where it settles (it is placed in the next frame).
  await expect
    .poll(() => control.evaluate((el) => getComputedStyle(el.closest('.nk-floating') ?? el).opacity), { message: `${what} has settled` })
    .toBe('1');
  const box = (await control.boundingBox())!;
  const screen = page.viewportSize()!;
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= screen.width && box.y + box.height <= screen.height, `${what} is on screen`).toBe(true);
  const map = await control.evaluate((el) => {
    const canvas = el.closest('.nk-canvas');
    const r = canvas?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
  if (map) {
    const inside = box.x >= map.x && box.y >= map.y && box.x + box.width <= map.x + map.width + 0.5 && box.y + box.height <= map.y + map.height + 0.5;
    expect(inside, `${what} is inside the visible map`).toBe(true);
  }
  const size = await touchTarget(control);
  expect(size.width, `${what} is not covered, and a finger wide`).toBeGreaterThanOrEqual(MIN_TARGET);
  expect(size.height, `${what} is not covered, and a finger high`).toBeGreaterThanOrEqual(MIN_TARGET);
  return size;
}

/** Taps a control after checking a finger can reach it (expectReachable). */
export async function tapReachable(page: Page, control: Locator, what: string): Promise<void> {
  await expectReachable(page, control, what);
  await control.tap();
}

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: at ? [{ x: at.x, y: at.y, id: 0, radiusX: 4, radiusY: 4, force: 1 }] : [],
  });
}

/** One finger from `from` to `to` in small steps, as a touch screen delivers a drag. */
export async function touchDrag(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= steps; i++) {
    await touch(cdp, 'touchMove', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
  }
  await touch(cdp, 'touchEnd');
  await cdp.detach();
  // Chrome drops a tap that comes within about 300 ms of a drag's end (no click follows it);
  // a person looks at what the drag opened first.
  await page.waitForTimeout(400);
}
