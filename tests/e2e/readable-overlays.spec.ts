/**
 * Names and the steps' marks can be read at the working zoom (issue 10): a 20-person network at
 * 1280x800, the netwerkkaart fitted whole with the steps open. Names measure at least 11 px on
 * screen, the P/G/A/E letters, the needs (step 2), the open-need tag (step 3), the agreement
 * tags (A1) and the consent marks at least 10 px; an open need is marked on the map.
 * Measured as a user sees them: the font size of each drawn text times the scale it is drawn at
 * on screen (getScreenCTM), and the consent marks' drawn height.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fixturePath } from '../fixtures';

/** The demo case with four more people: 20 on the map. */
async function twentyPeopleFile(): Promise<string> {
  const doc = JSON.parse(await readFile(fixturePath('demo.netwerkkaart.json'), 'utf8'));
  const more = [
    ['p-jamal', 'Jamal', 'friends', 1],
    ['p-ilse', 'Ilse van den Berg', 'school-work', 2],
    ['p-ngoc', 'Ngọc Trần', 'neighbourhood', 3],
    ['p-sukriye', 'Şükriye Yılmaz-Demir', 'faith', 2],
  ] as const;
  for (const [id, name, sector, closeness] of more) doc.people.push({ id, name, gender: 'female', sector, closeness });
  delete doc.layout;
  doc.case.title = 'Twintig mensen';
  const file = join(await mkdtemp(join(tmpdir(), 'readable-')), 'twintig.netwerkkaart.json');
  await writeFile(file, JSON.stringify(doc));
  return file;
}

/** On-screen font sizes (px) of the map's texts matching `selector`. */
async function screenFontSizes(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<SVGTextElement>(`.nk-canvas ${sel}`)].map((t) => {
      const m = t.getScreenCTM();
      const size = parseFloat(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize);
      return m ? Math.hypot(m.a, m.b) * size : 0;
    });
  }, selector);
}

async function openStep(page: Page, n: number) {
  const pane = page.getByRole('complementary', { name: 'Stappen' });
  await pane.getByRole('tab', { name: `Stap ${n}`, exact: true }).click();
  return pane;
}

test('names measure at least 11 px and the steps marks at least 10 px at 1280x800 with a 20-person network and the steps open', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await (await chooser).setFiles(await twentyPeopleFile());
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Twintig mensen');
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expect(page.locator('.nk-canvas .react-flow__node')).toHaveCount(20);

  // Step 2: the family's needs are on the map, as letters in dashed frames.
  await openStep(page, 2);
  await expect(page.locator('.nk-canvas .need-badge').first()).toBeVisible();
  const needLetters = await screenFontSizes(page, '.need-badge text');
  await page.screenshot({ path: testInfo.outputPath('step2.png') });

  // Step 3: every person's name, the support letters, and the open need where the family looks.
  await openStep(page, 3);
  const open = page.locator('.nk-canvas .open-needs-tag');
  await expect(open).toHaveCount(1);
  await expect(open).toHaveText(/!\s*nog niemand: 1/);
  const openTags = await screenFontSizes(page, '.open-needs-tag text');
  await expect(page.locator('.nk-canvas .support-badge').first()).toBeVisible();
  const names = await screenFontSizes(page, '[data-part="name"]');
  expect(names.length).toBeGreaterThanOrEqual(20);
  const letters = await screenFontSizes(page, '.support-badge text');
  expect(letters.length).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('step3.png') });

  // Step 6: the agreement tags.
  await openStep(page, 6);
  await expect(page.locator('.nk-canvas .agreement-tags').first()).toBeVisible();
  const tags = await screenFontSizes(page, '.agreement-tags text');
  await page.screenshot({ path: testInfo.outputPath('step6.png') });

  // Step 5: a topic on the map puts the decided consent marks beside people.
  const pane = await openStep(page, 5);
  await pane.getByLabel('Onderwerp op de kaart').selectOption({ label: 'Sam heeft ADHD' });
  await expect(page.locator('.nk-canvas .consent-mark').first()).toBeVisible();
  const consentHeights = await page.locator('.nk-canvas .consent-mark').evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().height));
  await page.screenshot({ path: testInfo.outputPath('step5.png') });

  const min = (xs: number[]) => Math.min(...xs);
  console.log(
    `on screen: names ≥ ${min(names).toFixed(1)} px, letters ≥ ${min(letters).toFixed(1)} px, need letters ≥ ${min(needLetters).toFixed(1)} px, ` +
      `open-need tag ≥ ${min(openTags).toFixed(1)} px, agreement tags ≥ ${min(tags).toFixed(1)} px, consent marks ≥ ${min(consentHeights).toFixed(1)} px high`,
  );
  expect(min(names), 'the smallest name').toBeGreaterThanOrEqual(11);
  expect(min(letters), 'the smallest P/G/A/E letter').toBeGreaterThanOrEqual(10);
  expect(min(tags), 'the smallest agreement tag').toBeGreaterThanOrEqual(10);
  expect(min(needLetters), 'the smallest need letter').toBeGreaterThanOrEqual(10);
  expect(min(openTags), 'the open-need tag').toBeGreaterThanOrEqual(10);
  // A consent mark is a shape with a tick or a cross, at least 16 px (the symbol itself is ~26).
  expect(min(consentHeights), 'the smallest consent mark').toBeGreaterThanOrEqual(16);
});
