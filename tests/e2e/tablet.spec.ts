/**
 * A short family drawn on a tablet, by touch only (issue 9), in landscape (1024x768) and portrait
 * (800x1280): taps and typing, no mouse. Every control tapped is inside the screen, not covered by
 * anything (what a finger hits at its centre is the control itself), and at least 44 px; tapping
 * two people in turn never opens the connect menu.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { storedOpenCase } from './helpers/app';
import { personNode } from './canvasHelpers';

test.use({ hasTouch: true });

/** Taps a control after checking a finger can reach it: on screen, uncovered, 44 px. */
async function tapReachable(page: Page, control: Locator, what: string) {
  await expect(control, what).toBeVisible();
  const box = (await control.boundingBox())!;
  const screen = page.viewportSize()!;
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= screen.width && box.y + box.height <= screen.height, `${what} is on screen`).toBe(true);
  expect(Math.min(box.width, box.height), `${what} is a finger wide`).toBeGreaterThanOrEqual(44);
  const hit = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!top && (el === top || el.contains(top));
  });
  expect(hit, `${what} is not covered`).toBe(true);
  await control.tap();
}

/** A point in the middle of a ring (1..3) of a sector, towards its label. */
async function cellPoint(page: Page, sector: string, ring: 1 | 2 | 3) {
  const rings = page.locator('.nk-layer--ecogram [data-part="ring"]');
  const circle = async (l: Locator) => {
    const b = (await l.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
  };
  const c = await circle(rings.first());
  const radii = [c.r, (await circle(rings.nth(1))).r, (await circle(rings.nth(2))).r, (await circle(page.locator('.nk-layer--ecogram circle').first())).r];
  const label = (await page.locator('.nk-layer--ecogram text', { hasText: sector }).first().boundingBox())!;
  const a = Math.atan2(label.y + label.height / 2 - c.y, label.x + label.width / 2 - c.x);
  const r = (radii[ring - 1]! + radii[ring]!) / 2;
  return { x: c.x + Math.cos(a) * r, y: c.y + Math.sin(a) * r };
}

async function typeName(page: Page, field: string, text: string) {
  const input = page.getByRole('textbox', { name: field });
  await expect(input).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
}

for (const size of [{ width: 1024, height: 768 }, { width: 800, height: 1280 }]) {
  test(`a short family by touch at ${size.width}x${size.height}: reachable controls, no accidental connect menu`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.goto('/');
    await tapReachable(page, page.getByRole('button', { name: 'Casussen' }), 'Casussen');
    await tapReachable(page, page.getByRole('button', { name: 'Nieuwe casus' }), 'Nieuwe casus');
    await expect(page.getByRole('dialog')).toBeHidden();

    // The netwerkkaart: the young person in the centre, then three people in their cells.
    await tapReachable(page, page.getByRole('tab', { name: 'Netwerkkaart' }), 'the Netwerkkaart tab');
    const centre = (await page.locator('.nk-layer--ecogram [data-part="ring"]').first().boundingBox())!;
    await page.touchscreen.tap(centre.x + centre.width / 2, centre.y + centre.height / 2);
    await typeName(page, 'Naam van nieuwe persoon', 'Sam 2012');
    for (const [name, sector, ring] of [['Daan', 'Vrienden', 1], ['Juf Anna', 'School/werk', 2], ['Buurman Henk', 'Buurt', 2]] as const) {
      const p = await cellPoint(page, sector, ring);
      await page.touchscreen.tap(p.x, p.y);
      await expect(page.getByText(new RegExp(`^Nieuwe persoon in ${sector.replace('/', '\\/')}`))).toBeVisible();
      await typeName(page, 'Naam van nieuwe persoon', name);
    }

    // Tapping two people in turn selects them, and never makes a relation.
    await personNode(page, 'Sam').tap();
    await personNode(page, 'Daan').tap();
    await expect(personNode(page, 'Daan')).toHaveClass(/selected/);
    await expect(page.getByRole('menu', { name: 'Soort relatie' })).toHaveCount(0);

    // The genogram: parents by the buttons beside the selected person; the status in one tap.
    await tapReachable(page, page.getByRole('tab', { name: 'Genogram' }), 'the Genogram tab');
    await personNode(page, 'Sam').tap();
    await tapReachable(page, page.getByRole('button', { name: 'Ouder toevoegen' }), 'Ouder toevoegen');
    await typeName(page, 'Naam van de ouder', 'Mama Linda 1982');
    await personNode(page, 'Sam').tap();
    await tapReachable(page, page.getByRole('button', { name: 'Ouder toevoegen' }), 'Ouder toevoegen (again)');
    await typeName(page, 'Naam van de ouder', 'Papa Mark 1980');
    const editor = page.getByRole('group', { name: 'Relatie aanpassen' });
    await tapReachable(page, editor.getByRole('button', { name: 'Gescheiden' }), 'the couple status Gescheiden');
    await expect(editor).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath(`tablet-${size.width}x${size.height}.png`) });
    // Upright, a tap on a person does not open the list editor over a third of the map: "Lijst" does.
    if (size.width < 860) await expect(page.getByRole('form', { name: 'Persoon bewerken' })).toBeHidden();

    await expect
      .poll(async () => {
        const doc = await storedOpenCase(page);
        return doc ? [doc.people.length, doc.relations.filter((r) => r.kind === 'partner' && r.status === 'divorced').length, doc.relations.filter((r) => r.kind === 'parent').length] : null;
      })
      .toEqual([6, 1, 2]);
  });
}
