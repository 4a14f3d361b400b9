/**
 * A screen reader hears what the map shows (issue 13): a live region on the map says who came
 * onto it and which line was drawn, also when the change came from the keyboard or an undo.
 */
import { expect, test } from '@playwright/test';
import { addByName, connect, openApp, personNode, startEmptyCase } from './canvasHelpers';

test('the map announces a new person, a new line, and an undo in its live region', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  await startEmptyCase(page);
  const said = page.locator('[data-part="map-announcer"]');
  await expect(said).toHaveAttribute('role', 'status');
  await expect(said).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('button', { name: 'Persoon toevoegen' }).click();
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');
  await expect(said).toHaveText('Sam staat nu op de kaart.');
  await page.getByRole('button', { name: 'Ouder toevoegen' }).click();
  await addByName(page, 'Naam van de ouder', 'Linda');
  await expect(said).toHaveText('Linda staat nu op de kaart.');
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await connect(page, personNode(page, 'Linda'), personNode(page, 'Sam'));
  await page.getByRole('menuitem', { name: 'Contact: sterk' }).click();
  await expect(said).toHaveText('Nieuwe lijn tussen Linda en Sam.');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(said).toHaveText(/De lijn tussen Linda en Sam is weg\.|Linda is van de kaart gehaald\./);
});
