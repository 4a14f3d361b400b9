/**
 * axe-core over every screen, each with no serious or critical WCAG 2.1 A/AA violation: both
 * map views, each of the six steps (with "Bekijk als"), the cases dialog and its delete
 * confirmation, a selected person with the map's small panels and the relation editor.
 * (The security dialog and the lock screen are scanned in privacy.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { personNode } from './canvasHelpers';
import { openShell, sidePane } from './helpers/app';
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
