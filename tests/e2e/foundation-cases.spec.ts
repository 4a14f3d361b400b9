/**
 * The case menu (new, open, rename, duplicate, delete with confirmation), storage failures shown
 * to the user, reopening the last case, and the shell's look at laptop and tablet sizes.
 */
import { expect, test, type Page } from '@playwright/test';
import { VALID } from '../fixtures/index';
import { DEMO_TITLE, caseTitle, expectStored, importViaButton, openShell, personInList, sidePane } from './helpers/app';

function casesDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Casussen' });
}

function caseRow(page: Page, title: string | RegExp) {
  return casesDialog(page).getByRole('list', { name: 'Lijst van casussen' }).getByRole('listitem').filter({ hasText: title });
}

async function openCases(page: Page) {
  await page.getByRole('button', { name: 'Casussen' }).click();
  await expect(casesDialog(page)).toBeVisible();
}

test('cases: new, rename, duplicate, open, delete with confirmation', async ({ page }) => {
  await openShell(page);
  await openCases(page);
  await expect(caseRow(page, DEMO_TITLE)).toContainText('Geopend');
  await casesDialog(page).getByRole('button', { name: 'Nieuwe casus' }).click();
  await expect(casesDialog(page)).toBeHidden();
  await expect(caseTitle(page)).toHaveText(/Nieuwe casus/);

  // Rename the open case (goes through the store: undoable, autosaved).
  await openCases(page);
  await caseRow(page, 'Nieuwe casus').getByRole('button', { name: 'Naam wijzigen' }).click();
  await casesDialog(page).getByLabel('Nieuwe naam').fill('Familie Łukasiewicz');
  await casesDialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(caseRow(page, 'Familie Łukasiewicz')).toBeVisible();
  await expect(caseTitle(page)).toHaveText(/Familie Łukasiewicz/);

  // Rename a case that is not open.
  await caseRow(page, DEMO_TITLE).getByRole('button', { name: 'Naam wijzigen' }).click();
  await casesDialog(page).getByLabel('Nieuwe naam').fill('Familie De Vries (oud)');
  await casesDialog(page).getByLabel('Nieuwe naam').press('Enter');
  await expect(caseRow(page, 'Familie De Vries (oud)')).toBeVisible();

  // Duplicate it.
  await caseRow(page, 'Familie De Vries (oud)').getByRole('button', { name: 'Dupliceren' }).click();
  await expect(caseRow(page, 'Familie De Vries (oud) (kopie)')).toBeVisible();
  await expect(casesDialog(page).getByRole('listitem')).toHaveCount(3);

  // Open the copy: it has the demo's people.
  await caseRow(page, 'Familie De Vries (oud) (kopie)').getByRole('button', { name: 'Openen' }).click();
  await expect(casesDialog(page)).toBeHidden();
  await expect(caseTitle(page)).toHaveText(/Familie De Vries \(oud\) \(kopie\)/);
  await sidePane(page);
  await expect(personInList(page, 'Sam')).toBeVisible();

  // Delete asks first; "Annuleren" keeps the case.
  await openCases(page);
  const original = caseRow(page, /^Familie De Vries \(oud\)Laatst/);
  await original.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(original).toContainText('echt verwijderen?');
  await original.getByRole('button', { name: 'Annuleren' }).click();
  await expect(casesDialog(page).getByRole('listitem')).toHaveCount(3);
  await original.getByRole('button', { name: 'Verwijderen' }).click();
  await original.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(casesDialog(page).getByRole('listitem')).toHaveCount(2);
  await expect(caseTitle(page)).toHaveText(/\(kopie\)/);

  // Deleting the open case opens the next one.
  const open = caseRow(page, '(kopie)');
  await open.getByRole('button', { name: 'Verwijderen' }).click();
  await open.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(casesDialog(page).getByRole('listitem')).toHaveCount(1);
  await expect(caseTitle(page)).toHaveText(/Familie Łukasiewicz/);

  // All of it survives a reload, and the last open case is reopened.
  await page.reload();
  await expect(caseTitle(page)).toHaveText(/Familie Łukasiewicz/);
  await openCases(page);
  await expect(casesDialog(page).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(casesDialog(page)).toBeHidden();
});

test('the last open case is reopened after a reload', async ({ page }) => {
  await openShell(page);
  await importViaButton(page, VALID.blendedFamily);
  await expect(caseTitle(page)).toHaveText(/Samengesteld gezin/);
  await expectStored(page, (doc) => doc.case.title.startsWith('Samengesteld gezin'));
  await page.reload();
  await expect(caseTitle(page)).toHaveText(/Samengesteld gezin/);
});

test('a full disk is shown in an alert, and the app stays usable', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as { __diskFull?: boolean }).__diskFull && this.name === 'cases') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await openShell(page);
  const pane = await sidePane(page);
  await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = true));
  const addPerson = pane.getByRole('form', { name: 'Persoon toevoegen' });
  await addPerson.getByLabel('Naam').fill('Nog niet bewaard');
  await addPerson.getByLabel('Naam').press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Opslaan is mislukt' });
  await expect(alert).toContainText('vol');
  // Still usable: editing and undo work.
  await expect(personInList(page, 'Nog niet bewaard')).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(personInList(page, 'Nog niet bewaard')).toHaveCount(0);
});

test('a browser that cannot store anything still opens the demo case and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openShell(page);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE));
  await expect(page.getByRole('alert').filter({ hasText: 'Opslaan is mislukt' })).toContainText('privévenster');
  await sidePane(page);
  await expect(personInList(page, 'Sam')).toBeVisible();
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 800, height: 1280 },
]) {
  test(`the shell fits at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openShell(page);
    const pane = await sidePane(page);
    await personInList(page, 'Sam').click();
    await expect(pane.getByRole('form', { name: 'Persoon bewerken' })).toBeVisible();
    // Nothing in the header is pushed off screen.
    for (const name of ['Casussen', 'Importeren', 'Exporteren', 'Exporteren als PDF', 'Ongedaan maken', 'Opnieuw']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(size.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: test.info().outputPath(`shell-${size.width}x${size.height}.png`) });
    await page.screenshot({ path: `/tmp/shots/shell-${size.width}x${size.height}.png` });
  });
}
