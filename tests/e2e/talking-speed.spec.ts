/**
 * Drawing at the speed of talking (issue 9): a person is place, type, Enter — the name field takes
 * "Oma Ria 1953" and "Opa Jan 1950-2021" in one go, a kinship word gives the gender, the symbol
 * buttons (or Alt+M/V/N) set it otherwise — and the new person has the focus. Relatives added in
 * the genogram land in a sensible wedge and ring. Every user action is counted.
 */
import { expect, test, type Page } from '@playwright/test';
import { centreOf, clickInSector, openApp, personNode, startEmptyCase } from './canvasHelpers';
import { storedOpenCase } from './helpers/app';

/** Counts what a user does: a click, a tap, a typed field, a key. */
class Actions {
  count = 0;
  constructor(private page: Page) {}
  async type(name: string, text: string) {
    await this.page.getByRole('textbox', { name }).fill(text);
    this.count++;
  }
  async key(key: string) {
    await this.page.keyboard.press(key);
    this.count++;
  }
  async click(name: string) {
    await this.page.getByRole('button', { name, exact: true }).click();
    this.count++;
  }
}

async function person(page: Page, name: string) {
  await expect.poll(async () => (await storedOpenCase(page))?.people.some((p) => p.name === name), { timeout: 3000 }).toBe(true);
  return (await storedOpenCase(page))!.people.find((p) => p.name === name)!;
}

const FIELD = 'Naam van nieuwe persoon';

test('a person is place, type, Enter: name, birth year, death and gender from one line; the new person has the focus', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  const act = new Actions(page);
  const centre = await centreOf(page.locator('.nk-layer--ecogram [data-part="ring"]').first());

  await page.mouse.click(centre.x, centre.y);
  act.count++;
  await act.type(FIELD, 'Sam 2012');
  await expect(page.getByText(/geboren 2012/)).toBeVisible();
  await act.key('Enter');
  await expect(personNode(page, 'Sam')).toBeFocused();
  expect(act.count).toBe(3);

  const cases: Array<{ sector: string; ring: 1 | 2 | 3; text: string; name: string; gender?: 'Man' | 'Vrouw' | 'Non-binair of anders'; viaKey?: string; expect: Record<string, unknown> }> = [
    { sector: 'Huishouden', ring: 1, text: 'Mama Linda 1984', name: 'Mama Linda', expect: { gender: 'female', birthYear: 1984 } },
    { sector: 'Familie', ring: 2, text: 'Opa Jan 1950-2021', name: 'Opa Jan', expect: { gender: 'male', birthYear: 1950, deathYear: 2021, deceased: true } },
    { sector: 'Vrienden', ring: 1, text: 'Jamal 2011', name: 'Jamal', gender: 'Man', expect: { gender: 'male', birthYear: 2011 } },
    { sector: 'Vrienden', ring: 2, text: 'Lotte', name: 'Lotte', viaKey: 'Alt+v', expect: { gender: 'female' } },
    { sector: 'Familie', ring: 3, text: 'Kim', name: 'Kim', gender: 'Non-binair of anders', expect: { gender: 'nonbinary' } },
  ];
  for (const c of cases) {
    const before = act.count;
    await clickInSector(page, c.sector, c.ring);
    act.count++;
    await act.type(FIELD, c.text);
    if (c.gender) {
      await act.click(c.gender);
      await expect(page.getByRole('button', { name: c.gender, exact: true })).toHaveAttribute('aria-pressed', 'true');
      // The tap leaves the focus in the name field, so Enter adds.
      await expect(page.getByRole('textbox', { name: FIELD })).toBeFocused();
      if (c.name === 'Jamal') await page.screenshot({ path: testInfo.outputPath('name-field.png') });
    }
    if (c.viaKey) await act.key(c.viaKey);
    await act.key('Enter');
    await expect(personNode(page, c.name)).toBeFocused();
    // Place, type, Enter; one more when the gender is not in the words.
    expect(act.count - before, c.text).toBe(c.gender || c.viaKey ? 4 : 3);
    expect(await person(page, c.name), c.text).toMatchObject({ name: c.name, ...c.expect });
  }
  expect((await person(page, 'Sam')).birthYear).toBe(2012);
  // The focused new person takes the next key: Delete removes Kim.
  await page.keyboard.press('Delete');
  await expect(personNode(page, 'Kim')).toHaveCount(0);
});

test('relatives added in the genogram land in a sensible wedge and ring of the netwerkkaart', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await startEmptyCase(page);
  const act = new Actions(page);
  await page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('button', { name: 'Persoon toevoegen' }).click();
  act.count++;
  await act.type(FIELD, 'Sam 2012');
  await act.key('Enter');
  await expect(personNode(page, 'Sam')).toBeFocused();
  for (const [of, button, field, text] of [
    ['Sam', 'Ouder toevoegen', 'Naam van de ouder', 'Mama Linda 1984'],
    ['Sam', 'Ouder toevoegen', 'Naam van de ouder', 'Papa Mark 1982'],
    ['Mama Linda', 'Ouder toevoegen', 'Naam van de ouder', 'Oma Ria 1953'],
  ] as const) {
    await personNode(page, of).click();
    act.count++;
    await act.click(button);
    await act.type(field, text);
    await act.key('Enter');
  }
  // 3 for Sam, 4 per relative (select, button, type, Enter), nothing in the side pane.
  expect(act.count).toBe(15);
  expect(await person(page, 'Mama Linda')).toMatchObject({ sector: 'household', closeness: 1, gender: 'female', birthYear: 1984 });
  expect(await person(page, 'Papa Mark')).toMatchObject({ sector: 'family', closeness: 1, gender: 'male' });
  expect(await person(page, 'Oma Ria')).toMatchObject({ sector: 'family', closeness: 2, gender: 'female', birthYear: 1953 });
});
