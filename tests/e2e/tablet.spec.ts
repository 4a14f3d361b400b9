/**
 * A short family drawn on a tablet, by touch only (issue 9), in landscape (1024x768) and portrait
 * (800x1280), with a mobile browser's touch events: taps, typing, and one drag from the connect
 * knob (real touch events through the DevTools protocol). Every control and person tapped is on
 * screen, floating menus stay inside the visible map, nothing covers them (what a finger hits at
 * their centre is the control itself), and each is a target of at least 44x44 px under the
 * finger; tapping two people in turn never opens the connect menu.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { storedOpenCase } from './helpers/app';
import { expectReachable, MIN_TARGET, tapReachable, touchDrag, touchTarget } from './helpers/touch';
import { centreOf, personNode } from './canvasHelpers';

test.use({ hasTouch: true, isMobile: true });

/** A point in the middle of a ring (1..3) of a sector, on the ray through its label's anchor (the wedge's middle). */
async function cellPoint(page: Page, sector: string, ring: 1 | 2 | 3) {
  const rings = page.locator('.nk-layer--ecogram [data-part="ring"]');
  const circle = async (l: Locator) => {
    const b = (await l.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
  };
  const c = await circle(rings.first());
  const radii = [c.r, (await circle(rings.nth(1))).r, (await circle(rings.nth(2))).r, (await circle(page.locator('.nk-layer--ecogram circle').first())).r];
  const anchor = await page.locator('.nk-layer--ecogram text', { hasText: sector }).first().evaluate((el: SVGTextElement) => {
    const p = new DOMPoint(Number(el.getAttribute('x')), Number(el.getAttribute('y'))).matrixTransform(el.getScreenCTM()!);
    return { x: p.x, y: p.y };
  });
  const a = Math.atan2(anchor.y - c.y, anchor.x - c.x);
  const r = (radii[ring - 1]! + radii[ring]!) / 2;
  return { x: c.x + Math.cos(a) * r, y: c.y + Math.sin(a) * r };
}

/** Types into the name field that just opened (a finger taps it first: it is checked like a button). */
async function typeName(page: Page, field: string, text: string) {
  const input = page.getByRole('textbox', { name: field });
  await expect(input).toBeFocused();
  await expectReachable(page, input, `the field ${field}`);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
}

/** Taps a person on the map, after checking the finger's target around them is 44 px. */
async function tapPerson(page: Page, name: string, smallest: { size: number }) {
  const node = personNode(page, name);
  // After a new layout people glide to their places (~200 ms): a finger waits for them.
  await expect(async () => {
    const size = await expectReachable(page, node, name);
    smallest.size = Math.min(smallest.size, size.width, size.height);
  }).toPass({ timeout: 5000 });
  await node.tap();
  await expect(node).toHaveClass(/selected/);
}

for (const size of [{ width: 1024, height: 768 }, { width: 800, height: 1280 }]) {
  test(`a short family by touch at ${size.width}x${size.height}: reachable controls, no accidental connect menu`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.goto('/');
    await tapReachable(page, page.getByRole('button', { name: 'Casussen' }), 'Casussen');
    await tapReachable(page, page.getByRole('button', { name: 'Nieuwe casus' }), 'Nieuwe casus');
    await expect(page.getByRole('dialog')).toBeHidden();
    const smallestPerson = { size: Infinity };

    // The netwerkkaart: the young person in the centre, then four people in their cells.
    await tapReachable(page, page.getByRole('tab', { name: 'Netwerkkaart' }), 'the Netwerkkaart tab');
    const centre = (await page.locator('.nk-layer--ecogram [data-part="ring"]').first().boundingBox())!;
    await page.touchscreen.tap(centre.x + centre.width / 2, centre.y + centre.height / 2);
    await typeName(page, 'Naam van nieuwe persoon', 'Sam 2012');
    for (const [name, sector, ring] of [['Daan', 'Vrienden', 1], ['Juf Anna', 'School/werk', 2], ['Buurman Henk', 'Buurt', 2], ['Oma Ria 1953', 'Familie', 1]] as const) {
      const p = await cellPoint(page, sector, ring);
      await page.touchscreen.tap(p.x, p.y);
      await expect(page.getByText(new RegExp(`^Nieuwe persoon in ${sector.replace('/', '\\/')}`))).toBeVisible();
      if (name.startsWith('Oma')) await tapReachable(page, page.getByRole('button', { name: 'Vrouw' }), 'the gender button Vrouw');
      await typeName(page, 'Naam van nieuwe persoon', name);
    }

    // Tapping people in turn selects them, and never makes a relation: also when the finger
    // lands on the selected person's knob, or where an unselected person's knob would be.
    for (const name of ['Sam', 'Daan', 'Juf Anna', 'Buurman Henk', 'Oma Ria']) {
      await tapPerson(page, name, smallestPerson);
      await personNode(page, name).getByTitle('Verbinden met iemand anders').tap();
      await expect(page.getByRole('menu', { name: 'Soort relatie' })).toHaveCount(0);
    }
    const knobSpot = await centreOf(personNode(page, 'Daan').getByTitle('Verbinden met iemand anders'));
    await page.touchscreen.tap(knobSpot.x, knobSpot.y);
    await expect(personNode(page, 'Daan')).toHaveClass(/selected/);
    await tapPerson(page, 'Sam', smallestPerson);
    await expect(page.getByRole('menu', { name: 'Soort relatie' })).toHaveCount(0);

    // A tie: drag from the selected person's knob to another, then its quality and direction.
    const knob = personNode(page, 'Sam').getByTitle('Verbinden met iemand anders');
    const knobSize = await touchTarget(knob);
    expect(Math.min(knobSize.width, knobSize.height), 'the knob is a finger wide').toBeGreaterThanOrEqual(MIN_TARGET);
    await touchDrag(page, await centreOf(knob), await centreOf(personNode(page, 'Daan')));
    const menu = page.getByRole('menu', { name: 'Soort relatie' });
    await tapReachable(page, menu.getByRole('menuitem', { name: 'Contact: sterk' }), 'the tie quality Sterk');
    await tapReachable(page, page.getByRole('menu', { name: 'Richting van steun kiezen' }).getByRole('menuitem', { name: 'Beide kanten op' }), 'the direction Beide kanten op');
    await expect(page.getByRole('menu')).toHaveCount(0);
    // The new tie stays selected, with its editor docked in the map: a finger can reach both fields.
    const tieEditor = page.getByRole('group', { name: 'Band aanpassen' });
    await expectReachable(page, tieEditor.getByRole('combobox', { name: 'Kwaliteit' }), 'the tie quality field');
    await expectReachable(page, tieEditor.getByRole('combobox', { name: 'Richting van steun' }), 'the tie direction field');
    await page.screenshot({ path: testInfo.outputPath(`tablet-netwerkkaart-${size.width}x${size.height}.png`) });

    // The genogram: a parent, her partner and a child by the buttons beside the selected
    // person; the couple's status and the child's type in one tap each.
    await tapReachable(page, page.getByRole('tab', { name: 'Genogram' }), 'the Genogram tab');
    await expect(page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('status')).toHaveText('');
    await tapPerson(page, 'Sam', smallestPerson);
    await tapReachable(page, page.getByRole('button', { name: 'Ouder toevoegen' }), 'Ouder toevoegen');
    await typeName(page, 'Naam van de ouder', 'Mama Linda 1982');
    await tapPerson(page, 'Mama Linda', smallestPerson);
    await tapReachable(page, page.getByRole('button', { name: 'Partner toevoegen' }), 'Partner toevoegen');
    await typeName(page, 'Naam van de partner', 'Papa Mark 1980');
    const editor = page.getByRole('group', { name: 'Relatie aanpassen' });
    await tapReachable(page, editor.getByRole('button', { name: 'Gescheiden' }), 'the couple status Gescheiden');
    await expect(editor).toBeHidden();
    await tapPerson(page, 'Mama Linda', smallestPerson);
    await tapReachable(page, page.getByRole('button', { name: 'Kind toevoegen' }), 'Kind toevoegen');
    await typeName(page, 'Naam van het kind', 'Noor 2020');
    await tapReachable(page, editor.getByRole('button', { name: 'Stief' }), 'the child type Stief');
    await expect(editor).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath(`tablet-genogram-${size.width}x${size.height}.png`) });
    // Upright, a tap on a person does not open the list editor over a third of the map: "Lijst" does.
    if (size.width < 860) await expect(page.getByRole('form', { name: 'Persoon bewerken' })).toBeHidden();
    testInfo.annotations.push({ type: 'smallest person target', description: `${smallestPerson.size} px` });

    await expect
      .poll(async () => {
        const doc = await storedOpenCase(page);
        if (!doc) return null;
        const kinds = (kind: string) => doc.relations.filter((r) => r.kind === kind);
        return {
          people: doc.people.length,
          ties: kinds('tie').map((r) => r.kind === 'tie' && `${r.quality}/${r.flow}`),
          divorced: kinds('partner').filter((r) => r.kind === 'partner' && r.status === 'divorced').length,
          parents: kinds('parent').length,
          step: kinds('parent').filter((r) => r.kind === 'parent' && r.type === 'step').length,
        };
      })
      .toEqual({ people: 8, ties: ['strong/both'], divorced: 1, parents: 2, step: 1 });
  });
}

test('resized from 1280 to 1024 with Stappen open, the steps sit beside the map: its tabs and the steps stay tappable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const steps = page.getByRole('complementary', { name: 'Stappen' });
  await expect(steps).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(steps).toBeVisible();
  const pane = (await steps.boundingBox())!;
  const map = (await page.getByRole('region', { name: 'Kaart' }).boundingBox())!;
  expect(pane.x + pane.width, 'the steps pane ends where the map begins').toBeLessThanOrEqual(map.x + 0.5);
  await tapReachable(page, page.getByRole('tab', { name: 'Netwerkkaart' }), 'the Netwerkkaart tab');
  await expect(page.getByRole('tab', { name: 'Netwerkkaart' })).toHaveAttribute('aria-selected', 'true');
  await tapReachable(page, page.getByRole('tab', { name: 'Genogram' }), 'the Genogram tab');
  await expect(page.getByRole('tab', { name: 'Genogram' })).toHaveAttribute('aria-selected', 'true');
  await tapReachable(page, page.getByRole('tab', { name: /^Stap 2/ }), 'the tab Stap 2');
  await expect(page.getByRole('tab', { name: /^Stap 2/ })).toHaveAttribute('aria-selected', 'true');
});

test('upright, opening the list editor beside the genogram keeps the selected person and their buttons in view', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1280 });
  await page.goto('/');
  await tapReachable(page, page.getByRole('tab', { name: 'Genogram' }), 'the Genogram tab');
  await expect(page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('status')).toHaveText('');
  // The person furthest right (the pane opens on that side and takes the room they stood in),
  // and the young person in the middle, whose buttons are wider than the narrowed map's half.
  const rightmost = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((n) => ({ name: n.getAttribute('aria-label')!.split(',')[0]!, right: n.getBoundingClientRect().right })).sort((a, b) => b.right - a.right)[0]!.name,
  );
  const list = page.getByRole('button', { name: /^Lijst/ });
  for (const name of [rightmost, 'Sam']) {
    await tapPerson(page, name, { size: Infinity });
    await tapReachable(page, list, 'Lijst');
    await expect(page.getByRole('form', { name: 'Persoon bewerken' })).toBeVisible();
    await expect(async () => {
      await expectReachable(page, personNode(page, name), name);
      for (const action of ['Partner toevoegen', 'Kind toevoegen', 'Ouder toevoegen']) await expectReachable(page, page.getByRole('button', { name: action }), `${action} beside ${name}`);
    }).toPass({ timeout: 5000 });
    await page.screenshot({ path: test.info().outputPath(`tablet-list-editor-${name}.png`) });
    await tapReachable(page, list, 'Lijst (closing)');
    await expect(page.getByRole('form', { name: 'Persoon bewerken' })).toBeHidden();
  }
});
