/** Shared steps for the canvas end-to-end tests: open the app, start an empty case, find people on the map. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Genogram' })).toBeVisible();
}

export async function startEmptyCase(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Casussen' }).click();
  await page.getByRole('button', { name: 'Nieuwe casus' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Waits until the header says the open case is stored on this device (autosave has written it). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByText('Bewaard op dit apparaat', { exact: true })).toBeVisible();
}

/** A person node on the map, by the start of its accessible name ("Sam, jeugdige, 2012"). */
export function personNode(page: Page, name: string): Locator {
  return page.locator('.react-flow__node').and(page.getByRole('group', { name: new RegExp(`^${name},`) }));
}

export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drag from the connect knob of `from` onto `to`, the way a user draws a line. */
export async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const knob = from.getByTitle('Verbinden met iemand anders');
  const start = await centreOf(knob);
  const end = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  }
  await page.mouse.up();
}

/**
 * Click in the middle of a ring (1..3) of a sector: the direction comes from the sector's label,
 * the distance from the drawn ring circles, so it works at any zoom.
 */
export async function clickInSector(page: Page, sector: string, ring: 1 | 2 | 3) {
  const rings = page.locator('.nk-layer--ecogram [data-part="ring"]');
  const radius = async (i: number) => ((await rings.nth(i).boundingBox())!.width / 2);
  const outer = (await page.locator('.nk-layer--ecogram circle').first().boundingBox())!.width / 2;
  const radii = [await radius(0), await radius(1), await radius(2), outer];
  const centre = await centreOf(rings.first());
  const label = await centreOf(page.locator('.nk-layer--ecogram text', { hasText: sector }));
  const r = (radii[ring - 1]! + radii[ring]!) / 2;
  const towards = Math.atan2(label.y - centre.y, label.x - centre.x);
  // Beside the people already there: the first point along the ring (the sector's middle, then
  // a little to either side) where a click lands on the map itself, not on a person or a control.
  for (const deg of [0, 5, -5, 10, -10, 15, -15]) {
    const a = towards + (deg * Math.PI) / 180;
    const p = { x: centre.x + Math.cos(a) * r, y: centre.y + Math.sin(a) * r };
    const free = await page.evaluate(
      ({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && !hit.closest('.react-flow__node, .react-flow__controls, button') && !!hit.closest('.react-flow');
      },
      p,
    );
    if (!free) continue;
    await page.mouse.click(p.x, p.y);
    // A narrow wedge: the point may lie in the neighbouring sector; the name field says where.
    const hint = page.getByText(new RegExp(`^Nieuwe persoon in ${sector.replace('/', '\\/')},`));
    await expect(page.getByRole('textbox', { name: 'Naam van nieuwe persoon' })).toBeVisible();
    if (await hint.isVisible()) return;
    await page.keyboard.press('Escape');
  }
  throw new Error(`no free spot in ${sector}, ring ${ring}`);
}

export async function addByName(page: Page, field: string, name: string) {
  const input = page.getByRole('textbox', { name: field });
  await expect(input).toBeFocused();
  await input.fill(name);
  await input.press('Enter');
  await expect(input).toBeHidden();
}

/** The names of people whose symbol (with the name just under it) a docked editor covers. */
export async function coveredBy(page: Page, panel: Locator): Promise<string[]> {
  const box = (await panel.boundingBox())!;
  const covered: string[] = [];
  for (const node of await page.locator('.react-flow__node').all()) {
    const b = await node.boundingBox();
    if (!b) continue;
    const overlaps = b.x < box.x + box.width && b.x + b.width > box.x && b.y < box.y + box.height && b.y + b.height + 16 > box.y;
    if (overlaps) covered.push((await node.getAttribute('aria-label')) ?? '?');
  }
  return covered;
}
