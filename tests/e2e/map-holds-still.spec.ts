/**
 * The netwerkkaart holds still while the family watches: adding, dragging or removing one person
 * never moves anyone else (positions compared in map coordinates, 1 px), and only "Automatisch
 * schikken" rearranges, saying so.
 */
import { expect, test, type Page } from '@playwright/test';
import { addByName, centreOf, clickInSector, openApp, personNode, startEmptyCase } from './canvasHelpers';

type Where = Map<string, { x: number; y: number }>;

/** Every person's place on the map (React Flow's node translate, in map units, not screen px). */
async function places(page: Page): Promise<Where> {
  const list = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec((n as HTMLElement).style.transform);
      return { id: n.getAttribute('data-id') ?? '', x: Number(m?.[1]), y: Number(m?.[2]) };
    }),
  );
  return new Map(list.map((p) => [p.id, { x: p.x, y: p.y }]));
}

function movedBetween(before: Where, after: Where): string[] {
  const out: string[] = [];
  for (const [id, p] of before) {
    const q = after.get(id);
    if (q && Math.hypot(p.x - q.x, p.y - q.y) > 1) out.push(id);
  }
  return out;
}

const PEOPLE: Array<[string, string, 1 | 2 | 3]> = [
  ['Linda', 'Huishouden', 1],
  ['Noor', 'Huishouden', 1],
  ['Oma Ria', 'Familie', 1],
  ['Opa Jan', 'Familie', 2],
  ['Tante Karin', 'Familie', 2],
  ['Jamal', 'Vrienden', 1],
  ['Lotte', 'Vrienden', 2],
  ['Mentor Meijer', 'School/werk', 2],
  ['Jeugdconsulent', 'Professionals', 2],
];

test('adding, dragging and removing one person moves nobody else; "Automatisch schikken" says it rearranged', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  const centre = await centreOf(page.locator('.nk-layer--ecogram [data-part="ring"]').first());
  await page.mouse.click(centre.x, centre.y);
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');

  for (const [name, sector, ring] of PEOPLE) {
    const before = await places(page);
    await clickInSector(page, sector, ring);
    await addByName(page, 'Naam van nieuwe persoon', name);
    await expect(personNode(page, name)).toBeVisible();
    const after = await places(page);
    expect(after.size, name).toBe(before.size + 1);
    expect(movedBetween(before, after), `others moved when ${name} was added`).toEqual([]);
  }

  // A drag moves the dragged person only.
  const before = await places(page);
  const grip = await centreOf(personNode(page, 'Oma Ria').locator('[data-part="outline"]'));
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + 10, grip.y + 5, { steps: 3 });
  await page.mouse.move(grip.x + 24, grip.y + 12, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => movedBetween(before, await places(page)).length).toBe(1);
  const dragged = await places(page);
  const riaId = await personNode(page, 'Oma Ria').getAttribute('data-id');
  expect(movedBetween(before, dragged)).toEqual([riaId]);

  // Removing someone leaves everyone else in place.
  await personNode(page, 'Opa Jan').click();
  await page.keyboard.press('Delete');
  await expect(personNode(page, 'Opa Jan')).toHaveCount(0);
  expect(movedBetween(dragged, await places(page))).toEqual([]);

  await page.getByRole('button', { name: 'Automatisch schikken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Iedereen is opnieuw geschikt' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('holds-still.png') });
});

test('a person added by a click stands where one clicked; a full cell says so before anyone overlaps', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  const centre = await centreOf(page.locator('.nk-layer--ecogram [data-part="ring"]').first());
  await page.mouse.click(centre.x, centre.y);
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');

  // A click in the wide family wedge, off its middle: the person lands under the pointer.
  await clickInSector(page, 'Familie', 2);
  const field = page.getByRole('textbox', { name: 'Naam van nieuwe persoon' });
  await addByName(page, 'Naam van nieuwe persoon', 'Oom Piet');
  const piet = await centreOf(personNode(page, 'Oom Piet'));
  const label = await centreOf(page.locator('.nk-layer--ecogram text', { hasText: 'Familie' }).first());
  // Somewhere along the ray from the centre to the sector label, not at the wedge's first edge.
  const towards = Math.atan2(label.y - centre.y, label.x - centre.x);
  const at = Math.atan2(piet.y - centre.y, piet.x - centre.x);
  expect(Math.abs(at - towards)).toBeLessThan(0.2);

  // A narrow empty wedge holds one person per ring; the next click there says the cell is full.
  await clickInSector(page, 'Geloof', 3);
  await addByName(page, 'Naam van nieuwe persoon', 'Imam Yusuf');
  await clickInSector(page, 'Geloof', 3);
  await expect(page.getByText(/Dit vak is vol/)).toBeVisible();
  await field.press('Escape');
});
