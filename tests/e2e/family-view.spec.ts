/**
 * "Samen kijken" (issue 10): one button turns the screen to the family — the map large, the
 * step's question in large plain Dutch, what the map shows, and nothing for the professional:
 * no method names, no tips, no forms. Another press, or Escape, returns. On a tablet too.
 */
import { expect, test, type Page } from '@playwright/test';
import { stepContent } from '../../src/i18n/steps';
import { familyContent } from '../../src/i18n/family';

const METHOD_NAMES = Object.values(stepContent).map((c) => c.name);
const PROFESSIONAL_WORDS = ['Tips voor de professional', 'weerstand', 'motiverende gespreksvoering', 'Psycho-educatie', 'jeugdige', 'Automatisch schikken'];

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function expectNothingForTheProfessional(page: Page) {
  const text = await visibleText(page);
  for (const name of METHOD_NAMES) expect(text, `the method name "${name}"`).not.toContain(name);
  for (const word of PROFESSIONAL_WORDS) expect(text.toLowerCase(), `"${word}"`).not.toContain(word.toLowerCase());
  // No forms: nothing to type in or choose from.
  for (const role of ['textbox', 'combobox', 'checkbox', 'spinbutton'] as const) {
    await expect(page.getByRole(role).filter({ visible: true }), role).toHaveCount(0);
  }
  // No dialogs of the professional's ("Momentopnamen"), and no button drawn over another.
  await expect(page.getByRole('button', { name: 'Momentopnamen' })).toBeHidden();
  const boxes = [];
  for (const b of await page.getByRole('button').filter({ visible: true }).all()) {
    const box = await b.boundingBox();
    if (box) boxes.push({ name: (await b.getAttribute('aria-label')) ?? (await b.innerText()), ...box });
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
      expect(overlap, `"${a.name}" and "${b.name}" overlap`).toBe(false);
    }
  }
}

test('"Samen kijken" shows the map and the question, no tips, method names or forms; Escape and the button return', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Voorbeeld: familie De Vries');
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  const steps = page.getByRole('complementary', { name: 'Stappen' });
  await steps.getByRole('tab', { name: 'Stap 3', exact: true }).click();
  const mapBefore = (await page.locator('.nk-canvas').boundingBox())!;

  await page.getByRole('button', { name: 'Samen kijken' }).click();
  const question = page.getByRole('region', { name: 'Vraag voor jullie' });
  await expect(question).toContainText(familyContent['3'].question);
  await expect(question).toContainText('Vraag 3 van 6');
  await expect(steps).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Personen en relaties' })).toBeHidden();
  // The map is large: the whole width, and still whole on screen.
  const map = (await page.locator('.nk-canvas').boundingBox())!;
  expect(map.width).toBeGreaterThan(mapBefore.width + 200);
  expect(map.width).toBeGreaterThan(1200);
  const circle = (await page.locator('.nk-layer--ecogram circle').first().boundingBox())!;
  expect(circle.y).toBeGreaterThanOrEqual(map.y - 1);
  expect(circle.y + circle.height).toBeLessThanOrEqual(map.y + map.height + 1);
  // The question is large type.
  const size = await question.locator('.family-question__text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await expectNothingForTheProfessional(page);
  await page.screenshot({ path: testInfo.outputPath('samen-kijken.png') });

  // The family can go through the questions; step 1's tips never show.
  await question.getByRole('button', { name: 'Vorige vraag' }).click();
  await question.getByRole('button', { name: 'Vorige vraag' }).click();
  await expect(question).toContainText(familyContent['1'].question);
  await expect(question.getByRole('button', { name: 'Vorige vraag' })).toBeDisabled();
  await expectNothingForTheProfessional(page);
  for (let i = 0; i < 4; i++) await question.getByRole('button', { name: 'Volgende vraag' }).click();
  await expect(question).toContainText(familyContent['5'].question);
  await expectNothingForTheProfessional(page);

  // Escape returns to the professional's view, on the step the family got to.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(steps).toBeVisible();
  await expect(steps.getByRole('tab', { name: 'Stap 5', exact: true })).toHaveAttribute('aria-selected', 'true');
  // And the button both ways.
  await page.getByRole('button', { name: 'Samen kijken' }).click();
  await expect(question).toBeVisible();
  await page.getByRole('button', { name: /Terug/ }).click();
  await expect(question).toBeHidden();
  await expect(steps).toBeVisible();
});

test.describe('on a tablet turned to the family', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('"Samen kijken" by touch: the question, the map whole, 44 px buttons', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Voorbeeld: familie De Vries');
    await page.getByRole('tab', { name: 'Netwerkkaart' }).tap();
    await page.getByRole('button', { name: 'Samen kijken' }).tap();
    const question = page.getByRole('region', { name: 'Vraag voor jullie' });
    await expect(question).toBeVisible();
    const map = (await page.locator('.nk-canvas').boundingBox())!;
    expect(map.width).toBeGreaterThan(1000);
    const circle = (await page.locator('.nk-layer--ecogram circle').first().boundingBox())!;
    expect(circle.y + circle.height).toBeLessThanOrEqual(map.y + map.height + 1);
    for (const name of ['Vorige vraag', 'Volgende vraag']) {
      const box = (await question.getByRole('button', { name }).boundingBox())!;
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    await question.getByRole('button', { name: 'Volgende vraag' }).tap();
    await expect(question).toContainText(familyContent['4'].question);
    await expectNothingForTheProfessional(page);
    await page.screenshot({ path: testInfo.outputPath('samen-kijken-tablet.png') });
    await page.getByRole('button', { name: /Terug/ }).tap();
    await expect(question).toBeHidden();
  });
});
