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
  const knob = from.getByLabel('Verbinden met iemand anders');
  const start = await centreOf(knob);
  const end = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  }
  await page.mouse.up();
}
