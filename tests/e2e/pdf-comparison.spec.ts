/**
 * The comparison in the PDF, as a user: import a case with a snapshot, choose "Vergelijking
 * tussen twee momenten opnemen" in "Exporteren als PDF", make the PDF and read it with poppler:
 * the "toen / nu" page, the difference map and the change list with who joined, who left and a
 * tie whose quality changed, the family's lines first. The version for a network member
 * (Mama Linda) leaves out the topic she may not know (Oma Riet's decision on "Schoolwissel") and
 * the strained contact between others (Oma Riet and Sam were "belastend" then).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { VALID } from '../fixtures';
import { caseTitle, importViaButton, openShell } from './helpers/app';
import { expectAccessible } from './helpers/axe';

const text = (path: string, first?: number, last?: number) =>
  execFileSync('pdftotext', [...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), '-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

async function openDialog(page: Page) {
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporteren als PDF' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function withComparison(dialog: ReturnType<Page['getByRole']>) {
  // Only the comparison and no tables, so what the text shows comes from the comparison pages.
  await dialog.getByRole('radio', { name: 'Geen kaart' }).check();
  for (const box of await dialog.getByRole('group', { name: 'Tabellen' }).getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByRole('checkbox', { name: 'Vergelijking tussen twee momenten opnemen' }).check();
  await expect(dialog.getByRole('combobox', { name: 'Toen' })).toHaveValue('snap-start');
  await expect(dialog.getByRole('combobox', { name: 'Nu' })).toHaveValue('now');
}

async function makePdf(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<string> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'PDF maken' }).click();
  return (await (await download).path())!;
}

test('the PDF for the file with a comparison: toen / nu, the difference map and the change list', async ({ page }) => {
  test.setTimeout(60_000);
  const dialog = await openDialog(page);
  await withComparison(dialog);
  await expect(dialog.getByRole('list', { name: 'Wat gaat erin' })).toContainText('Vergelijking Na eerste gesprek (15 september 2026) → Nu');
  await expectAccessible(page, 'Exporteren als PDF, met vergelijking');
  const path = await makePdf(page, dialog);
  const n = pages(path);
  expect(n).toBeGreaterThanOrEqual(3);
  expect(text(path, 1)).toContain('Toen / nu: Na eerste gesprek (15 september 2026) → Nu');
  // Both maps, their names as text (a name may wrap on the map): who left stands on "toen", who joined on "nu".
  expect(text(path, 1)).toMatch(/ Nu \(\d+ \S+ \d{4}\)/);
  expect(text(path, 1)).toMatch(/Buurvrouw/);
  expect(text(path, 1)).toMatch(/Trainer Kees/);
  const diff = text(path, 2);
  expect(diff).toContain('Verschilkaart');
  expect(diff).toMatch(/nieuw/);
  expect(diff).toMatch(/weg/);
  const list = text(path, 3, n);
  expect(list).toContain('Wat er veranderd is voor het gezin');
  expect(list).toContain('Nu gedekt: "Vervoer naar voetbal", door Trainer Kees.');
  expect(list.indexOf('Wat er veranderd is voor het gezin')).toBeLessThan(list.indexOf('Erbij gekomen'));
  expect(list).toMatch(/Erbij gekomen • Trainer Kees/);
  expect(list).toMatch(/Niet meer in het netwerk • Buurvrouw Ans/);
  expect(list).toContain('Oma Riet – Sam: van belastend naar sterk');
  expect(list).toContain('Schoolwissel');
  expect(list).toContain('Verloop over alle momentopnamen');
  mkdirSync('test-results/pdf', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, 'test-results/pdf/comparison']);
});

test("a network member's comparison leaves out what she may not know, in the list and on the maps", async ({ page }) => {
  test.setTimeout(60_000);
  const dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'Voor een netwerklid' }).check();
  await dialog.getByRole('combobox', { name: 'Netwerklid' }).selectOption({ label: 'Mama Linda' });
  await withComparison(dialog);
  await expect(dialog).toContainText('wat deze persoon (nu) niet mag weten, komt ook in de vergelijking niet voor');
  // Her version names the snapshot by its date only.
  await expect(dialog.getByRole('list', { name: 'Wat gaat erin' })).toContainText('Vergelijking momentopname van 15 september 2026 → Nu');
  const path = await makePdf(page, dialog);
  const all = text(path);
  expect(all).toContain('Trainer Kees');
  expect(all).toContain('Buurvrouw Ans');
  expect(all).toContain('Wat er veranderd is voor het gezin');
  expect(all).not.toContain('Schoolwissel');
  expect(all).not.toContain('belastend');
  expect(all).not.toContain('Oma Riet – Sam');
  expect(all).not.toContain('Na eerste gesprek');
  expect(all).toContain('Gedeeld met Mama Linda');
  mkdirSync('test-results/pdf', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, 'test-results/pdf/comparison-member']);
});
