/**
 * Snapshots over time, as a user: import a (version-1) case with a snapshot, compare it with
 * now, find in the change list and on the difference map who joined, who left (a ghost) and a
 * tie whose quality changed; take a new snapshot, reload, compare again. Screenshots of the
 * difference map go to test-results/ to be looked at.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { VALID } from '../fixtures';
import { caseTitle, importViaButton, notices, openShell } from './helpers/app';
import { expectAccessible } from './helpers/axe';

async function openSnapshots(page: Page) {
  await page.getByRole('button', { name: 'Momentopnamen', exact: true }).click();
  return page.getByRole('dialog', { name: 'Momentopnamen' });
}

test('compare a snapshot with now: list, difference map, a new snapshot that survives a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);

  let dialog = await openSnapshots(page);
  await expect(dialog.getByRole('list', { name: 'Momentopnamen van deze casus' }).getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Vergelijken' }).click();

  const pane = page.getByRole('region', { name: 'Vergelijking' });
  await expect(pane.getByRole('heading', { name: /Vergelijking: Na eerste gesprek .* → Nu/ })).toBeVisible();
  // What changed for the family comes first.
  const family = pane.getByRole('region', { name: 'Wat er veranderd is voor het gezin' });
  await expect(family.getByRole('listitem').first()).toHaveText('Nu gedekt: "Vervoer naar voetbal", door Trainer Kees.');
  await expect(family).toContainText('van professionals naar het eigen netwerk');
  // The change list, grouped.
  await expect(pane.getByRole('region', { name: 'Erbij gekomen' })).toContainText('Trainer Kees');
  await expect(pane.getByRole('region', { name: 'Niet meer in het netwerk' })).toContainText('Buurvrouw Ans');
  await expect(pane.getByRole('region', { name: 'Verplaatst' })).toContainText('Oma Riet: van ring 3 naar ring 2');
  await expect(pane.getByRole('region', { name: 'Banden' })).toContainText('Oma Riet – Sam: van belastend naar sterk');

  // The difference map, on the netwerkkaart.
  await pane.getByRole('radio', { name: 'Netwerkkaart' }).check();
  const map = pane.getByRole('group', { name: 'Kaart: Verschil' });
  await expect(map.getByRole('img', { name: 'Trainer Kees: nieuw' })).toBeVisible();
  await expect(map.getByRole('img', { name: 'Buurvrouw Ans: weg' })).toBeVisible();
  await expect(map.getByRole('img', { name: 'Oma Riet: ring 3 → 2' })).toBeVisible();
  await expect(map.getByRole('img', { name: 'Band Oma Riet – Sam: gewijzigd (was belastend)' })).toBeVisible();
  await expect(map.getByRole('img', { name: 'Band Buurvrouw Ans – Mama Linda: weg' })).toBeVisible();
  await map.screenshot({ path: 'test-results/snapshots-diff-netwerkkaart.png' });
  await pane.screenshot({ path: 'test-results/snapshots-comparison-pane.png' });

  // In the genogram too: Ans was never in it (a neighbour), Riet is.
  await pane.getByRole('radio', { name: 'Genogram' }).check();
  await expect(pane.getByRole('group', { name: 'Kaart: Verschil' }).getByRole('img', { name: 'Oma Riet: ring 3 → 2' })).toBeVisible();
  await pane.getByRole('group', { name: 'Kaart: Verschil' }).screenshot({ path: 'test-results/snapshots-diff-genogram.png' });
  await expect(pane).toContainText('3 personen staan alleen in de netwerkkaart.');

  // Then and now.
  await pane.getByRole('radio', { name: 'Netwerkkaart' }).check();
  await pane.getByRole('radio', { name: 'Toen' }).check();
  await expect(pane.getByRole('group', { name: 'Kaart: Toen' })).toContainText('Buurvrouw Ans');
  await pane.getByRole('radio', { name: 'Nu' }).check();
  await expect(pane.getByRole('group', { name: 'Kaart: Nu' })).not.toContainText('Buurvrouw Ans');
  await pane.getByRole('button', { name: 'Terug naar de kaart' }).click();
  await expect(pane).toHaveCount(0);

  // A new snapshot now; after a reload it is still there and compares as "nothing changed".
  dialog = await openSnapshots(page);
  await dialog.getByRole('textbox', { name: 'Naam van de momentopname' }).fill('Na tweede gesprek');
  await dialog.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(notices(page).filter({ hasText: 'Momentopname "Na tweede gesprek" is gemaakt.' })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Momentopnamen van deze casus' }).getByRole('listitem')).toHaveCount(2);
  await dialog.screenshot({ path: 'test-results/snapshots-dialog.png' });
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  await page.waitForTimeout(1500); // autosave
  await page.reload();
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  dialog = await openSnapshots(page);
  await expect(dialog.getByRole('list', { name: 'Momentopnamen van deze casus' })).toContainText('Na tweede gesprek');
  await dialog.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(pane.getByRole('heading', { name: /Vergelijking: Na tweede gesprek .* → Nu/ })).toBeVisible();
  await expect(pane).toContainText('Er is niets veranderd tussen deze twee momenten.');
  // ... and the old one against the new one shows the same changes as before.
  await pane.getByRole('combobox', { name: 'Van' }).selectOption('snap-start');
  await expect(pane.getByRole('region', { name: 'Erbij gekomen' })).toContainText('Trainer Kees');
  await pane.getByRole('combobox', { name: 'Met' }).selectOption({ index: 2 });
  await expect(pane.getByRole('heading', { name: /Na eerste gesprek .* → Na tweede gesprek/ })).toBeVisible();
  await pane.getByRole('radio', { name: 'Netwerkkaart' }).check();
  await expect(pane.getByRole('group', { name: 'Kaart: Verschil' }).getByRole('img', { name: 'Buurvrouw Ans: weg' })).toBeVisible();
  await pane.getByRole('group', { name: 'Kaart: Verschil' }).screenshot({ path: 'test-results/snapshots-diff-after-reload.png' });
});

test('export writes version 2: the old snapshot without a layout, a new one with both views frozen', async ({ page }) => {
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  const dialog = await openSnapshots(page);
  await dialog.getByRole('textbox', { name: 'Naam van de momentopname' }).fill('Bij export');
  await dialog.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(dialog.getByRole('list', { name: 'Momentopnamen van deze casus' }).getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.version).toBe(2);
  expect(file.snapshots).toHaveLength(2);
  expect(file.snapshots[0].layout).toBeUndefined();
  const frozen = file.snapshots[1];
  expect(frozen.label).toBe('Bij export');
  expect(Object.keys(frozen.layout.netwerkkaart).sort()).toEqual(['p-fatima', 'p-kees', 'p-linda', 'p-riet', 'p-sam']);
  expect(Object.keys(frozen.layout.genogram).sort()).toEqual(['p-linda', 'p-riet', 'p-sam']);
  expect(frozen.layout.netwerkkaartFrame.rings).toHaveLength(3);
});

test('step 6 offers a snapshot at the end of a meeting', async ({ page }) => {
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  const toggle = page.getByRole('button', { name: 'Stappen', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const steps = page.getByRole('complementary', { name: 'Stappen' });
  await steps.getByRole('tab', { name: 'Stap 6', exact: true }).click();
  const form = steps.getByRole('form', { name: 'Momentopname maken' });
  await form.getByRole('textbox', { name: 'Naam van de momentopname' }).fill('');
  await form.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(form.getByRole('alert')).toHaveText('Geef de momentopname een naam.');
  await form.getByRole('textbox', { name: 'Naam van de momentopname' }).fill('Na derde gesprek');
  await form.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(notices(page).filter({ hasText: 'Momentopname "Na derde gesprek" is gemaakt.' })).toBeVisible();
});

test('a snapshot viewed read-only, renamed, opened as a new case, deleted with confirmation', async ({ page }) => {
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  let dialog = await openSnapshots(page);
  await dialog.getByRole('button', { name: 'Momentopname "Na eerste gesprek" bekijken op de kaart (alleen lezen)' }).click();
  const pane = page.getByRole('region', { name: 'Vergelijking' });
  await expect(pane.getByRole('heading', { name: /Momentopname "Na eerste gesprek" .* \(alleen lezen\)/ })).toBeVisible();
  await pane.getByRole('radio', { name: 'Netwerkkaart' }).check();
  await expect(pane.getByRole('group', { name: /^Kaart:/ })).toContainText('Buurvrouw Ans');
  await pane.getByRole('button', { name: 'Terug naar de kaart' }).click();

  dialog = await openSnapshots(page);
  await dialog.getByRole('button', { name: 'Naam wijzigen' }).click();
  await dialog.getByRole('textbox', { name: 'Nieuwe naam voor "Na eerste gesprek"' }).fill('Start <b>hulp</b>');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('list', { name: 'Momentopnamen van deze casus' })).toContainText('Start <b>hulp</b>');

  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(dialog.getByText('Momentopname "Start <b>hulp</b>" verwijderen?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await dialog.getByRole('button', { name: 'Openen als nieuwe casus' }).click();
  await expect(caseTitle(page)).toHaveText(/Familie Bakker \(Start <b>hulp<\/b>\)/);
  await expect(page.getByRole('region', { name: 'Meldingen' })).toContainText('is geopend als nieuwe casus');

  // Back in the original case: delete, confirmed.
  await page.getByRole('button', { name: 'Casussen' }).click();
  const cases = page.getByRole('dialog', { name: 'Casussen' });
  await cases.getByRole('listitem').filter({ hasText: /^Familie Bakker(?! \()/ }).getByRole('button', { name: 'Openen' }).click();
  await expect(caseTitle(page)).toHaveText(/^(Open casus: )?Familie Bakker$/);
  dialog = await openSnapshots(page);
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(dialog).toContainText('Nog geen momentopnamen');
});

test('"Bekijk als" in step 5 turns the comparison into that network member\'s: what she may not know is not in it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  const toggle = page.getByRole('button', { name: 'Stappen', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const steps = page.getByRole('complementary', { name: 'Stappen' });
  await steps.getByRole('tab', { name: 'Stap 5', exact: true }).click();

  // First the professional's own comparison: the consent decision and the strained tie are there.
  const dialog = await openSnapshots(page);
  await dialog.getByRole('button', { name: 'Vergelijken' }).click();
  const pane = page.getByRole('region', { name: 'Vergelijking' });
  await expect(pane.getByRole('region', { name: 'Toestemming (stap 5)' })).toContainText('Schoolwissel');
  await expect(pane.getByRole('region', { name: 'Banden' })).toContainText('Oma Riet – Sam: van belastend naar sterk');
  await expect(pane.getByRole('note')).toHaveCount(0);

  // Then as Mama Linda: filtered before the diff, in the list and on the map.
  await steps.getByLabel('Bekijk als ...').selectOption({ label: 'Mama Linda' });
  await expect(pane.getByRole('note')).toContainText('Bekeken als Mama Linda');
  await expect(pane.getByRole('region', { name: 'Erbij gekomen' })).toContainText('Trainer Kees');
  await expect(pane.getByRole('region', { name: 'Niet meer in het netwerk' })).toContainText('Buurvrouw Ans');
  await expect(pane.getByRole('region', { name: 'Toestemming (stap 5)' })).toHaveCount(0);
  await expect(pane.getByRole('region', { name: 'Banden' })).not.toContainText('Oma Riet – Sam');
  await pane.getByRole('radio', { name: 'Netwerkkaart' }).check();
  const map = pane.getByRole('group', { name: 'Kaart: Verschil' });
  await expect(map.getByRole('img', { name: 'Trainer Kees: nieuw' })).toBeVisible();
  await expect(map.getByRole('img', { name: 'Buurvrouw Ans: weg' })).toBeVisible();
  await expect(map.getByRole('img', { name: /Band Oma Riet – Sam/ })).toHaveCount(0);
  await expect(pane).not.toContainText('Schoolwissel');
  await pane.screenshot({ path: 'test-results/snapshots-compare-as-member.png' });
});

test('the optional "Overgang": a slider from toen to nu, and "Afspelen" that runs it once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openShell(page);
  await importViaButton(page, VALID.snapshotFamily);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  const dialog = await openSnapshots(page);
  await dialog.getByRole('button', { name: 'Vergelijken' }).click();
  const pane = page.getByRole('region', { name: 'Vergelijking' });
  await pane.getByRole('radio', { name: 'Netwerkkaart' }).check();
  await pane.getByRole('radio', { name: 'Overgang' }).check();
  const map = pane.getByRole('group', { name: 'Kaart: Overgang' });
  const slider = pane.getByRole('slider', { name: 'Van toen naar nu' });
  await expect(slider).toHaveValue('0');
  await expectAccessible(page, 'Vergelijking, overgang');
  // At the start it is "toen": Buurvrouw Ans is there, Trainer Kees not yet.
  await expect(map).toContainText('Buurvrouw');
  await expect(map).not.toContainText('Trainer Kees');
  await slider.fill('100');
  await expect(map).not.toContainText('Buurvrouw');
  await expect(map).toContainText('Trainer Kees');
  await slider.fill('40');
  await map.screenshot({ path: 'test-results/snapshots-transition.png' });
  await slider.fill('0');
  await pane.getByRole('button', { name: 'Afspelen' }).click();
  await expect(slider).toHaveValue('100', { timeout: 5000 });
  await expect(map).toContainText('Trainer Kees');
  await expect(pane.getByRole('button', { name: 'Afspelen' })).toBeEnabled();
});

test('a database left by the previous version (snapshots inside the case record) is upgraded without loss', async ({ page }) => {
  // A page of the app's origin that runs no app code, to lay down the old database first.
  await page.goto('/manifest.webmanifest');
  const raw = JSON.parse(await readFile(VALID.snapshotFamily, 'utf8')) as { case: { id: string; title: string; updatedAt: string } };
  await page.evaluate(async (doc) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('netwerkkaart', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('cases', { keyPath: 'id' });
        open.result.createObjectStore('meta');
      };
      open.onsuccess = () => {
        const tx = open.result.transaction(['cases', 'meta'], 'readwrite');
        tx.objectStore('cases').put({ id: doc.case.id, title: doc.case.title, updatedAt: doc.case.updatedAt, doc });
        tx.objectStore('meta').put(doc.case.id, 'lastOpenCaseId');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, raw);
  await openShell(page);
  await expect(caseTitle(page)).toHaveText(/Familie Bakker/);
  // The upgrade moved the snapshot's frozen part into its own record; the case record keeps its header.
  const stored = await page.evaluate(
    (id) =>
      new Promise<{ bodies: number; header: Record<string, unknown> }>((resolve, reject) => {
        const open = indexedDB.open('netwerkkaart');
        open.onsuccess = () => {
          const tx = open.result.transaction(['cases', 'snapshots']);
          const count = tx.objectStore('snapshots').count();
          const record = tx.objectStore('cases').get(id);
          tx.oncomplete = () => {
            open.result.close();
            resolve({ bodies: count.result, header: (record.result as { doc: { snapshots: Record<string, unknown>[] } }).doc.snapshots[0]! });
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    raw.case.id,
  );
  expect(stored.bodies).toBe(1);
  expect(stored.header).toEqual({ id: 'snap-start', takenAt: '2026-09-15T10:00:00Z', label: 'Na eerste gesprek' });
  const dialog = await openSnapshots(page);
  await dialog.getByRole('button', { name: 'Vergelijken' }).click();
  const pane = page.getByRole('region', { name: 'Vergelijking' });
  await expect(pane.getByRole('region', { name: 'Niet meer in het netwerk' })).toContainText('Buurvrouw Ans');
  await expect(pane.getByRole('region', { name: 'Banden' })).toContainText('Oma Riet – Sam: van belastend naar sterk');
});
