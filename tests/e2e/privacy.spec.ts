/**
 * Encryption at rest as a user meets it: a passphrase set in "Beveiliging" leaves no readable
 * name in IndexedDB (the raw records are read in the test), the next start asks for it, a wrong
 * one says so and changes nothing, "Vergrendelen" and the idle time hide the case (page and tab
 * title), and the dialog and the lock screen pass axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_TITLE, caseTitle, openShell } from './helpers/app';
import { expectAccessible } from './helpers/axe';

const PASSPHRASE = 'vier woorden als wachtzin';
/** Names of the demo case, none of which may be readable at rest. */
const NAMES = ['De Vries', 'Vries', 'Sam', 'Linda'];

/** Every record in every store (cases, their snapshots, meta) as text, binary included (decoded byte by byte), to search for names. */
function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('netwerkkaart');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = async (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const records = [...(await all('cases')), ...(await all('snapshots')), ...(await all('meta'))];
    db.close();
    const bytes = (value: ArrayBuffer | ArrayBufferView) =>
      new TextDecoder('latin1').decode(value instanceof ArrayBuffer ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return JSON.stringify(records, (_key, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? bytes(value) : value,
    );
  });
}

/** How many records the snapshots store holds (each snapshot's frozen part is one, apart from the case). */
function snapshotRecordCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('netwerkkaart');
        open.onsuccess = () => {
          const request = open.result.transaction('snapshots').objectStore('snapshots').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

async function setPassphrase(page: Page) {
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beveiliging' });
  await expect(dialog).toContainText('vergeet u de wachtwoordzin');
  await expect(dialog.getByRole('button', { name: 'Open casus exporteren' })).toBeVisible();
  await expectAccessible(page, 'Beveiliging, geen wachtwoordzin');
  await dialog.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Herhaal de nieuwe wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByLabel(/Ik begrijp/).check();
  await dialog.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Alle casussen zijn versleuteld/, { timeout: 20_000 });
  await expectAccessible(page, 'Beveiliging, met wachtwoordzin');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  // The shell is whole again, with "Vergrendelen" at hand.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
}

async function expectLocked(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Netwerkkaart is vergrendeld' })).toBeVisible();
  const text = await page.locator('body').innerText();
  for (const name of NAMES) expect(text).not.toContain(name);
  expect(await page.title()).toBe('Netwerkkaart');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

async function unlock(page: Page, passphrase: string) {
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

test('a passphrase seals every case: no readable name at rest; the next start asks for it; a wrong one changes nothing', async ({ page }) => {
  test.setTimeout(90_000);
  await openShell(page);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE));
  await expect.poll(() => rawDatabase(page)).toContain('De Vries');
  // A snapshot, so its own record (frozen data, in the snapshots store) must be sealed too.
  await page.getByRole('button', { name: 'Momentopnamen', exact: true }).click();
  const snapshots = page.getByRole('dialog', { name: 'Momentopnamen' });
  await snapshots.getByRole('textbox', { name: 'Naam van de momentopname' }).fill('Moment Geheim');
  await snapshots.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(snapshots.getByRole('list', { name: 'Momentopnamen van deze casus' }).getByRole('listitem')).toHaveCount(1);
  await snapshots.getByRole('button', { name: 'Sluiten' }).first().click();
  await expect.poll(() => rawDatabase(page)).toContain('Moment Geheim');
  await expect.poll(() => snapshotRecordCount(page)).toBe(1);

  await setPassphrase(page);
  const sealed = await rawDatabase(page);
  for (const name of [...NAMES, 'Moment Geheim']) expect(sealed).not.toContain(name);
  expect(sealed).toContain('PBKDF2-SHA-256');

  // A new start: the lock screen, and nothing of the case.
  await page.reload();
  await expectLocked(page);
  await expectAccessible(page, 'vergrendeld bij de start');

  await unlock(page, 'een verkeerde zin');
  await expect(page.getByRole('alert')).toHaveText(/klopt niet/);
  await expectLocked(page);
  expect(await rawDatabase(page)).toBe(sealed);
  await expectAccessible(page, 'verkeerde wachtwoordzin');

  await unlock(page, PASSPHRASE);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();

  // "Vergrendelen": at once, and again only the passphrase opens it.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expectLocked(page);
  await unlock(page, PASSPHRASE);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
  for (const name of NAMES) expect(await rawDatabase(page)).not.toContain(name);
});

test('after the idle time (15 minutes by default) the app locks itself and hides the case', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await openShell(page);
  await setPassphrase(page);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE));
  await page.clock.fastForward('14:00');
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE));
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 320);
  await page.clock.fastForward('14:00');
  // Activity 14 minutes ago moved the deadline: still open.
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE));
  await page.clock.fastForward('01:30');
  await expectLocked(page);
  await expect(page.getByText('een tijd niet is gebruikt')).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
});

test('changing the passphrase: the wrong current one changes nothing; afterwards only the new one unlocks', async ({ page }) => {
  test.setTimeout(90_000);
  await openShell(page);
  await setPassphrase(page);
  const before = await rawDatabase(page);
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beveiliging' });
  const change = async (current: string, next: string) => {
    await dialog.getByLabel('Huidige wachtwoordzin', { exact: true }).fill(current);
    await dialog.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(next);
    await dialog.getByLabel('Herhaal de nieuwe wachtwoordzin').fill(next);
    await dialog.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
  };
  await change('niet de huidige', 'een heel nieuwe wachtzin');
  await expect(dialog.getByRole('alert')).toHaveText(/klopt niet. Er is niets veranderd/, { timeout: 20_000 });
  expect(await rawDatabase(page)).toBe(before);
  await change(PASSPHRASE, 'een heel nieuwe wachtzin');
  await expect(dialog.getByRole('status')).toHaveText(/opnieuw versleuteld/, { timeout: 20_000 });
  const after = await rawDatabase(page);
  expect(after).not.toBe(before);
  for (const name of NAMES) expect(after).not.toContain(name);
  await page.reload();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(/klopt niet/, { timeout: 20_000 });
  await unlock(page, 'een heel nieuwe wachtzin');
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
});

test('"Vergrendelen" in one tab locks the other tab too', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openShell(page);
  await setPassphrase(page);
  const other = await context.newPage();
  await other.goto('/');
  await expectLocked(other);
  await unlock(other, PASSPHRASE);
  await expect(other.getByRole('button', { name: 'Vergrendelen' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expectLocked(page);
  await expectLocked(other);
});

test('a forgotten passphrase: the lock screen wipes everything after a second yes, and the app starts again', async ({ page }) => {
  test.setTimeout(90_000);
  await openShell(page);
  await setPassphrase(page);
  await page.reload();
  await expectLocked(page);
  await page.getByRole('button', { name: 'Alles op dit apparaat wissen' }).click();
  await expect(page.getByText('Dit kan niet ongedaan worden gemaakt')).toBeVisible();
  await expectAccessible(page, 'wissen bevestigen');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expectLocked(page);
  await page.getByRole('button', { name: 'Alles op dit apparaat wissen' }).click();
  await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
  // A first start again: the demo case, no passphrase.
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Vergrendelen' })).toHaveCount(0);
  expect(await rawDatabase(page)).not.toContain('PBKDF2');
});

test('"Wachtwoordzin verwijderen": warned, the current one asked, a second yes; then every record is readable and no start asks "Ontgrendelen"', async ({ page }) => {
  test.setTimeout(90_000);
  await openShell(page);
  await setPassphrase(page);
  const sealed = await rawDatabase(page);
  await page.getByRole('button', { name: 'Beveiliging' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beveiliging' });
  const section = dialog.getByRole('form', { name: 'Wachtwoordzin verwijderen' });
  await expect(section).toContainText('weer onversleuteld');
  const current = section.getByLabel('Huidige wachtwoordzin (om te bevestigen)');

  // A wrong passphrase, after the second yes, changes nothing.
  await current.fill('niet de goede zin');
  await section.getByRole('button', { name: 'Wachtwoordzin verwijderen' }).click();
  await expect(section.getByRole('group')).toContainText('Weet u het zeker?');
  await expect(section.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expectAccessible(page, 'Beveiliging, verwijderen bevestigen');
  await section.getByRole('button', { name: 'Ja, wachtwoordzin verwijderen' }).click();
  await expect(section.getByRole('alert')).toHaveText(/klopt niet. Er is niets veranderd/, { timeout: 20_000 });
  expect(await rawDatabase(page)).toBe(sealed);

  // "Annuleren" takes back the question, and nothing changes either.
  await current.fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Wachtwoordzin verwijderen' }).click();
  await section.getByRole('button', { name: 'Annuleren' }).click();
  await expect(section.getByRole('button', { name: 'Wachtwoordzin verwijderen' })).toBeFocused();
  expect(await rawDatabase(page)).toBe(sealed);

  await section.getByRole('button', { name: 'Wachtwoordzin verwijderen' }).click();
  await section.getByRole('button', { name: 'Ja, wachtwoordzin verwijderen' }).click();
  const done = dialog.getByRole('status').filter({ hasText: 'De wachtwoordzin is verwijderd' });
  await expect(done).toBeVisible({ timeout: 20_000 });
  await expect(done).toBeFocused();
  await expect(dialog.getByRole('form', { name: 'Wachtwoordzin instellen' })).toBeVisible();
  await expectAccessible(page, 'Beveiliging, wachtwoordzin verwijderd');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('button', { name: 'Vergrendelen' })).toHaveCount(0);

  const plain = await rawDatabase(page);
  expect(plain).toContain('De Vries');
  expect(plain).toContain('Sam');
  expect(plain).not.toContain('PBKDF2');
  await page.reload();
  await expect(caseTitle(page)).toHaveText(new RegExp(DEMO_TITLE), { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Netwerkkaart is vergrendeld' })).toHaveCount(0);
});
