/**
 * The genogram re-lays out when a generation is added, but the view keeps what the family was
 * looking at (issue 9): the selected person stays at the same place on screen, and the others
 * glide to their new places instead of jumping. Adding a grandparent used to push the young person
 * below the canvas.
 */
import { expect, test } from '@playwright/test';
import { addByName, openApp, personNode, startEmptyCase } from './canvasHelpers';

interface Sample {
  t: number;
  who: string;
  x: number;
  y: number;
  transform: string;
}

test('adding a grandparent: the new grandparent holds still on screen, the others glide, the young person stays in view', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('button', { name: 'Persoon toevoegen' }).click();
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');
  await page.getByRole('button', { name: 'Ouder toevoegen' }).click();
  await addByName(page, 'Naam van de ouder', 'Ria');
  await page.getByRole('button', { name: 'Partner toevoegen' }).click();
  await addByName(page, 'Naam van de partner', 'Kees');
  await expect(page.getByText('Genogram wordt geschikt…')).toBeHidden();

  await personNode(page, 'Ria').click();
  await page.getByRole('button', { name: 'Ouder toevoegen' }).click();
  const field = page.getByRole('textbox', { name: 'Naam van de ouder' });
  await expect(field).toBeFocused();
  await field.fill('Oma Ans');
  // Watch every frame from the Enter on: where Oma Ans and Sam are drawn, and Sam's node transform.
  await page.evaluate(() => {
    const w = window as unknown as { __samples: Sample[] };
    w.__samples = [];
    const t0 = performance.now();
    const tick = () => {
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const name = node.getAttribute('aria-label') ?? '';
        const who = name.startsWith('Oma Ans,') ? 'oma' : name.startsWith('Sam,') ? 'sam' : '';
        if (!who) continue;
        const r = node.getBoundingClientRect();
        w.__samples.push({ t: performance.now() - t0, who, x: r.x + r.width / 2, y: r.y + r.height / 2, transform: node.style.transform });
      }
      if (performance.now() - t0 < 2500) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await field.press('Enter');
  await expect(page.getByText('Genogram wordt geschikt…')).toBeHidden();
  await page.waitForTimeout(2600);
  const samples = await page.evaluate(() => (window as unknown as { __samples: Sample[] }).__samples);
  const oma = samples.filter((s) => s.who === 'oma');
  const sam = samples.filter((s) => s.who === 'sam');
  expect(oma.length).toBeGreaterThan(3);

  // The grandparent, selected, stays where she appeared (the map itself does not jump either: the
  // "Genogram wordt geschikt…" message used to wrap the toolbar and push the map down and up) (2 px for rounding), from first frame to last.
  const first = oma[0]!;
  for (const s of oma) {
    expect(Math.abs(s.x - first.x), `Oma Ans at ${Math.round(s.t)} ms`).toBeLessThanOrEqual(2);
    expect(Math.abs(s.y - first.y), `Oma Ans at ${Math.round(s.t)} ms`).toBeLessThanOrEqual(2);
  }
  // Sam moved a generation down in the drawing, through places in between (a glide, not a jump).
  const transforms = new Set(sam.map((s) => s.transform));
  expect(transforms.size).toBeGreaterThanOrEqual(3);

  // Sam is still inside the map.
  const canvas = (await page.locator('.nk-canvas').boundingBox())!;
  const samBox = (await personNode(page, 'Sam').boundingBox())!;
  expect(samBox.y + samBox.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  expect(samBox.y).toBeGreaterThanOrEqual(canvas.y);
  await page.screenshot({ path: testInfo.outputPath('after-grandparent.png') });
});

test('a view zoomed in with the + button is kept when the genogram grows (a zoom by hand, like a pinch)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('button', { name: 'Persoon toevoegen' }).click();
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');
  await expect(page.getByText('Genogram wordt geschikt…')).toBeHidden();
  const zoomIn = page.getByRole('button', { name: 'Inzoomen' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  const scale = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  await expect.poll(scale).toBeGreaterThan(1.2);
  const zoomed = await scale();
  // A family that no longer fits at this zoom: before, the view zoomed out to take everyone in.
  for (const [button, field, name] of [
    ['Ouder toevoegen', 'Naam van de ouder', 'Ria'],
    ['Partner toevoegen', 'Naam van de partner', 'Kees'],
    ['Kind toevoegen', 'Naam van het kind', 'Lotte'],
    ['Kind toevoegen', 'Naam van het kind', 'Daan'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await addByName(page, field, name);
    await expect(page.getByText('Genogram wordt geschikt…')).toBeHidden();
    const editor = page.getByRole('group', { name: 'Relatie aanpassen' });
    if (await editor.isVisible()) await editor.getByRole('button', { name: 'Sluiten' }).click();
  }
  await page.waitForTimeout(400);
  expect(await scale()).toBeCloseTo(zoomed, 3);
});
