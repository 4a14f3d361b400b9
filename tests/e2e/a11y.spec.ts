/**
 * axe-core over every screen, each with no serious or critical WCAG 2.1 A/AA violation: both
 * map views, each of the six steps (with "Bekijk als"), the cases dialog and its delete
 * confirmation, a selected person with the map's small panels and the relation editor, "Samen
 * kijken", the PDF dialog, the snapshots dialog and the comparison (list and difference map).
 * (The security dialog and the lock screen are scanned in privacy.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { personNode } from './canvasHelpers';
import { importViaButton, openShell, sidePane } from './helpers/app';
import { VALID } from '../fixtures';
import { expectAccessible } from './helpers/axe';

test('both map views, with the list editor open', async ({ page }) => {
  await openShell(page);
  await sidePane(page);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expectAccessible(page, 'genogram');
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expect(page.getByRole('tab', { name: 'Netwerkkaart' })).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'netwerkkaart');
});

test('each of the six steps, and "Bekijk als"', async ({ page }) => {
  await openShell(page);
  const toggle = page.getByRole('button', { name: 'Stappen', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const pane = page.getByRole('complementary', { name: 'Stappen' });
  for (let n = 1; n <= 6; n++) {
    const tab = pane.getByRole('tab', { name: `Stap ${n}`, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page, `Stap ${n}`);
    if (n === 5) {
      const viewAs = pane.getByLabel('Bekijk als ...');
      const options = await viewAs.locator('option').allTextContents();
      await viewAs.selectOption({ label: options[1]! });
      await expectAccessible(page, 'Stap 5, Bekijk als');
      await viewAs.selectOption('');
    }
  }
});

test('the cases dialog and its delete confirmation', async ({ page }) => {
  await openShell(page);
  await page.getByRole('button', { name: 'Casussen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'Casussen');
  await dialog.getByRole('button', { name: 'Verwijderen' }).first().click();
  await expect(dialog).toContainText('echt verwijderen?');
  await expectAccessible(page, 'Casussen, verwijderen bevestigen');
});

test('a selected person with the relative buttons, and the relation editor on the map', async ({ page }) => {
  await openShell(page);
  await personNode(page, 'Sam').click();
  await expect(page.getByRole('button', { name: 'Partner toevoegen' })).toBeVisible();
  await expectAccessible(page, 'geselecteerde persoon');
  await page.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expectAccessible(page, 'naam van de partner');
  await page.keyboard.press('Escape');
  const line = page.locator('.nk-canvas').getByRole('button', { name: /^Relatie / }).first();
  await line.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Relatie aanpassen' })).toBeVisible();
  await expectAccessible(page, 'relatie aanpassen');
});

test('"Samen kijken" and the PDF dialog', async ({ page }) => {
  await openShell(page);
  await page.getByRole('button', { name: 'Samen kijken' }).click();
  await expect(page.getByRole('region', { name: 'Vraag voor jullie' })).toBeVisible();
  await expectAccessible(page, 'Samen kijken');
  await page.getByRole('button', { name: /Terug/ }).click();
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'Exporteren als PDF');
});

test('the snapshots dialog and the comparison, list and difference map', async ({ page }) => {
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await page.getByRole('button', { name: 'Momentopnamen', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Momentopnamen' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'Momentopnamen');
  await dialog.getByRole('button', { name: 'Vergelijken' }).click();
  const pane = page.getByRole('region', { name: 'Vergelijking' });
  await expect(pane.getByRole('region', { name: 'Erbij gekomen' })).toBeVisible();
  await expectAccessible(page, 'Vergelijking, genogram');
  await pane.getByRole('radio', { name: 'Netwerkkaart' }).check();
  await expect(pane.getByRole('group', { name: 'Kaart: Verschil' })).toBeVisible();
  await expectAccessible(page, 'Vergelijking, netwerkkaart');
});
