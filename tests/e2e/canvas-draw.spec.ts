/**
 * Drawing a small family live, in both views, the way a professional does with the family:
 * add people by clicking, connect them, undo, reload and find everything back.
 */
import { expect, test } from '@playwright/test';
import { addByName, centreOf, clickInSector, connect, expectSaved, openApp, personNode, startEmptyCase } from './canvasHelpers';

test('draw a family in the genogram: add, add relatives, connect, undo, reload', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('tab', { name: 'Genogram' }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Kaartwerkbalk' });

  // The first person of an empty case is the young person the case is about.
  await toolbar.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');
  await expect(personNode(page, 'Sam')).toBeVisible();
  await expect(personNode(page, 'Sam')).toHaveAttribute('aria-label', 'Sam, jeugdige');

  // Sam is selected: add a parent, then the parent's partner, then their child (Sam's half-sibling).
  await page.getByRole('button', { name: 'Ouder toevoegen' }).click();
  await addByName(page, 'Naam van de ouder', 'Ria');
  await expect(personNode(page, 'Ria')).toBeVisible();
  await page.getByRole('button', { name: 'Partner toevoegen' }).click();
  await addByName(page, 'Naam van de partner', 'Kees');
  await personNode(page, 'Ria').click();
  await page.getByRole('button', { name: 'Kind toevoegen' }).click();
  await addByName(page, 'Naam van het kind', 'Lotte');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.screenshot({ path: testInfo.outputPath('genogram-live.png') });

  // The genogram is drawn from the relations: a couple bar and child lines for Sam and Lotte.
  const connectors = page.locator('.nk-layer--connectors');
  await expect(connectors.locator('[data-kind="couple"]')).toHaveCount(1);
  await expect(connectors.locator('[data-kind="child"]')).toHaveCount(2);
  // Lotte stands one generation under Ria, on Sam's row.
  // (Polled: after the layout people glide to their places for 200 ms.)
  const rowOf = async () => {
    const [ria, sam, lotte] = await Promise.all(['Ria', 'Sam', 'Lotte'].map((n) => centreOf(personNode(page, n))));
    return lotte!.y > ria!.y + 40 && Math.abs(lotte!.y - sam!.y) < 5;
  };
  await expect.poll(rowOf).toBe(true);

  // Undo takes back the whole "Kind toevoegen" gesture: Lotte and both of her parent lines.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(personNode(page, 'Lotte')).toHaveCount(0);
  await expect(connectors.locator('[data-kind="child"]')).toHaveCount(1);

  // Connect Kees to Sam by dragging, and choose "ouder van" (stepfather drawn as a parent line).
  await connect(page, personNode(page, 'Kees'), personNode(page, 'Sam'));
  await page.getByRole('menuitem', { name: 'Ouder van' }).click();
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(connectors.locator('[data-kind="child"]')).toHaveCount(1);
  await expect(connectors.locator('[data-kind="drop"]')).toHaveCount(1);

  // Delete removes the selected person, and undo brings them back.
  await personNode(page, 'Kees').click();
  await page.keyboard.press('Delete');
  await expect(personNode(page, 'Kees')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(personNode(page, 'Kees')).toBeVisible();

  // Everything survives a reload (autosave to IndexedDB).
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Genogram' })).toBeVisible();
  for (const name of ['Sam', 'Ria', 'Kees']) await expect(personNode(page, name)).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
});

test('draw in the netwerkkaart: click in a sector and ring, type, Enter; connect; change the tie; reload', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expect(page.getByRole('tab', { name: 'Netwerkkaart' })).toHaveAttribute('aria-selected', 'true');

  // Click in the centre: the young person.
  const rings = page.locator('.nk-layer--ecogram [data-part="ring"]').first();
  const centre = await centreOf(rings);
  await page.mouse.click(centre.x, centre.y);
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');
  await expect(personNode(page, 'Sam')).toBeVisible();

  // Three interactions per person: click in the sector and ring, type the name, Enter.
  await clickInSector(page, 'Vrienden', 1);
  await expect(page.getByText(/Nieuwe persoon in Vrienden/)).toBeVisible();
  await addByName(page, 'Naam van nieuwe persoon', 'Jamal');
  await expect(personNode(page, 'Jamal')).toHaveAttribute('aria-label', 'Jamal, vrienden');

  // Connect Sam to Jamal: a contact (tie), then make it strong with support towards Jamal.
  await connect(page, personNode(page, 'Sam'), personNode(page, 'Jamal'));
  await page.getByRole('menuitem', { name: 'Contact: gewoon' }).click();
  await page.keyboard.press('Escape');
  const editor = page.getByRole('group', { name: 'Band aanpassen' });
  await editor.getByLabel('Kwaliteit').selectOption({ label: 'Sterk' });
  await editor.getByLabel('Richting van steun').selectOption({ label: 'Steun naar de ander' });
  const tie = page.locator('.react-flow__edge').and(page.getByRole('img', { name: 'Band tussen Sam en Jamal' }));
  await expect(tie.locator('.nk-tie')).toHaveAttribute('data-quality', 'strong');
  await expect(tie.locator('.nk-tie')).toHaveAttribute('data-flow', 'to');
  await page.screenshot({ path: testInfo.outputPath('netwerkkaart-live.png') });

  // Undo the flow change only.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(tie.locator('.nk-tie')).toHaveAttribute('data-flow', 'none');

  // Escape cancels a half-typed person.
  await clickInSector(page, 'Geloof', 2);
  await page.getByRole('textbox', { name: 'Naam van nieuwe persoon' }).fill('Niemand');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Naam van nieuwe persoon' })).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  await expectSaved(page);
  await page.reload();
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expect(personNode(page, 'Jamal')).toBeVisible();
  await expect(tie.locator('.nk-tie')).toHaveAttribute('data-quality', 'strong');
});

test('keyboard: Tab to a person, Space selects, arrows nudge (one undo step per press), Enter edits, Delete removes', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  const first = page.locator('.react-flow__node').first();
  await expect(first).toBeVisible();

  // From the map's toolbar, Tab reaches the people (ties are edited in the side pane by keyboard).
  await page.getByRole('button', { name: 'Legenda' }).focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const name = (await first.getAttribute('aria-label'))!;
  expect(name).toMatch(/^Sam, jeugdige, 2012$/);
  await page.keyboard.press('Tab');
  await expect(page.locator('.react-flow__node').nth(1)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();

  await page.keyboard.press(' ');
  await expect(first).toHaveClass(/selected/);
  const before = await centreOf(first);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await centreOf(first)).x).toBeGreaterThan(before.x + 3);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(async () => Math.round((await centreOf(first)).x)).toBe(Math.round(before.x));

  // A hand-placed position survives until "Automatisch schikken" lays the view out again.
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await centreOf(first)).y).toBeGreaterThan(before.y + 2);
  await page.getByRole('button', { name: 'Automatisch schikken' }).click();
  await expect.poll(async () => Math.round((await centreOf(first)).y)).toBe(Math.round(before.y));

  // Enter edits the person in the side pane.
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#side-pane :focus')).toHaveCount(1);

  const count = await page.locator('.react-flow__node').count();
  await first.focus();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(count - 1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});
