/**
 * A note and contact details per person (issue 10): the file format had them, no screen showed
 * them. An imported note is seen and changed in the list editor; a typed note survives a reload
 * and the export; "Bekijk als" someone else does not show it.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectSaved, openApp, personNode } from './canvasHelpers';

test("a person's note and contact details are shown, changed, kept over a reload and exported", async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  // The demo case has a note on Linda (imported data that had no screen before).
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Voorbeeld: familie De Vries');
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await personNode(page, 'Linda Bakker').click();
  const form = page.getByRole('form', { name: 'Persoon bewerken' });
  const notes = form.getByLabel('Aantekeningen');
  await expect(notes).not.toHaveValue('');
  await expect(notes).toHaveAccessibleDescription(/Alleen voor de hulpverlener/);

  await personNode(page, 'Buurman Henk').click();
  await form.getByLabel('Contactgegevens (telefoon, e-mail)').fill('06-11112222');
  await form.getByLabel('Aantekeningen').fill('Wil graag helpen, maar <b>niet</b> op zondag & niet te laat.');
  await form.getByLabel('Aantekeningen').blur();
  await expectSaved(page);
  await page.reload();
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await personNode(page, 'Buurman Henk').click();
  await expect(form.getByLabel('Aantekeningen')).toHaveValue('Wil graag helpen, maar <b>niet</b> op zondag & niet te laat.');
  await expect(form.getByLabel('Contactgegevens (telefoon, e-mail)')).toHaveValue('06-11112222');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  const doc = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(doc.people.find((p: { name: string }) => p.name === 'Buurman Henk')).toMatchObject({
    contact: '06-11112222',
    notes: 'Wil graag helpen, maar <b>niet</b> op zondag & niet te laat.',
  });
});
