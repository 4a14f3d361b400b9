/**
 * Nothing lost, nothing silently overwritten: two tabs on one case (two pages of one browser
 * context share IndexedDB, Web Locks and BroadcastChannel, as two tabs do), a case deleted in one
 * tab, text typed without a pause when the tab closes, and a full disk.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { CaseDocument } from '../../src/graph/schema';
import { VALID } from '../fixtures/index';
import { DEMO_TITLE, caseTitle, expectStored, importViaButton, notices, openShell, personInList, sidePane, storedOpenCase } from './helpers/app';

const OPEN_ELSEWHERE = 'Deze casus is open in een ander tabblad';
const TAKEN_OVER = 'Deze casus is in een ander tabblad geopend; hier worden geen wijzigingen meer bewaard';

function ownershipAlert(page: Page, text: string) {
  return page.getByRole('alert').filter({ hasText: text });
}

async function addPersonInList(page: Page, name: string) {
  const pane = await sidePane(page);
  const form = pane.getByRole('form', { name: 'Persoon toevoegen' });
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Naam').press('Enter');
}

/** Every stored case, read straight from IndexedDB. */
async function storedCases(page: Page): Promise<CaseDocument[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('netwerkkaart');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ doc: CaseDocument }[]>((resolve, reject) => {
      const request = db.transaction('cases').objectStore('cases').getAll();
      request.onsuccess = () => resolve(request.result as { doc: CaseDocument }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.map((r) => r.doc);
  });
}

async function newTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await openShell(page);
  return page;
}

test('two tabs on one case: the second is told, takes over, the first stops writing and says so', async ({ context }) => {
  const a = await newTab(context);
  await expect(caseTitle(a)).toHaveText(new RegExp(DEMO_TITLE));
  await addPersonInList(a, 'Van tab A');
  await expect(personInList(a, 'Van tab A')).toBeVisible();

  const b = await newTab(context);
  await expect(caseTitle(b)).toHaveText(new RegExp(DEMO_TITLE));
  await expect(ownershipAlert(b, OPEN_ELSEWHERE)).toBeVisible();
  await expect(ownershipAlert(a, OPEN_ELSEWHERE)).toHaveCount(0);

  // A is still typing a note (no pause, no blur) when B takes over: it comes along too.
  const notesA = a.getByRole('complementary', { name: 'Stappen' }).getByLabel('Aantekeningen bij deze stap');
  await notesA.fill('Nog aan het typen in A');
  // B takes over: A's last edit comes along, A is told it no longer saves.
  await ownershipAlert(b, OPEN_ELSEWHERE).getByRole('button', { name: 'Hier verder werken' }).click();
  await expect(ownershipAlert(b, OPEN_ELSEWHERE)).toHaveCount(0);
  await expect(ownershipAlert(a, TAKEN_OVER)).toBeVisible();
  await expect(ownershipAlert(a, TAKEN_OVER).getByRole('button', { name: 'Hier verder werken' })).toBeVisible();
  await sidePane(b);
  await expect(personInList(b, 'Van tab A')).toBeVisible();
  await expect(b.getByRole('complementary', { name: 'Stappen' }).getByLabel('Aantekeningen bij deze stap')).toHaveValue(
    'Nog aan het typen in A',
  );

  await addPersonInList(b, 'Van tab B');
  await expect(personInList(b, 'Van tab B')).toBeVisible();
  // A's later edit is refused (the alert says why), never written over B's work.
  await addPersonInList(a, 'Later in tab A');
  await expect(personInList(a, 'Later in tab A')).toHaveCount(0);
  await expectStored(b, (doc) => doc.people.some((p) => p.name === 'Van tab B'));
  await a.waitForTimeout(1500);
  const stored = await storedOpenCase(b);
  const names = stored?.people.map((p) => p.name) ?? [];
  expect(names).toEqual(expect.arrayContaining(['Van tab A', 'Van tab B']));
  expect(names).not.toContain('Later in tab A');

  // A takes it back and continues with B's edit in view; now B is the one told.
  await ownershipAlert(a, TAKEN_OVER).getByRole('button', { name: 'Hier verder werken' }).click();
  await expect(personInList(a, 'Van tab B')).toBeVisible();
  await expect(ownershipAlert(b, TAKEN_OVER)).toBeVisible();

  // A's tab closes: B continues on its own, without a click, and its edits are stored again.
  await a.close();
  await expect(ownershipAlert(b, TAKEN_OVER)).toHaveCount(0);
  await expect(notices(b)).toContainText('Het andere tabblad werkt niet meer aan deze casus');
  await addPersonInList(b, 'Na het sluiten van A');
  await expectStored(b, (doc) => doc.people.some((p) => p.name === 'Na het sluiten van A'));
});

test('a case deleted in one tab does not come back from the other', async ({ context }) => {
  const a = await newTab(context);
  // A moves to a new case; B then opens the demo case and owns it.
  await a.getByRole('button', { name: 'Casussen' }).click();
  await a.getByRole('dialog', { name: 'Casussen' }).getByRole('button', { name: 'Nieuwe casus' }).click();
  await expect(caseTitle(a)).toHaveText(/Nieuwe casus/);
  const b = await newTab(context);
  await b.getByRole('button', { name: 'Casussen' }).click();
  const listB = b.getByRole('dialog', { name: 'Casussen' });
  await listB.getByRole('listitem').filter({ hasText: DEMO_TITLE }).getByRole('button', { name: 'Openen' }).click();
  await expect(caseTitle(b)).toHaveText(new RegExp(DEMO_TITLE));
  await expect(ownershipAlert(b, OPEN_ELSEWHERE)).toHaveCount(0);
  await addPersonInList(b, 'Nog in tab B');

  // A deletes the demo case while B has it open with an edit in flight.
  await a.getByRole('button', { name: 'Casussen' }).click();
  const row = a.getByRole('dialog', { name: 'Casussen' }).getByRole('listitem').filter({ hasText: DEMO_TITLE });
  await row.getByRole('button', { name: 'Verwijderen' }).click();
  await row.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(row).toHaveCount(0);

  await expect(notices(b)).toContainText(`Casus "${DEMO_TITLE}" is in een ander tabblad verwijderd`);
  await expect(caseTitle(b)).not.toHaveText(new RegExp(DEMO_TITLE));
  await b.waitForTimeout(2000);
  const titles = (await storedCases(b)).map((d) => d.case.title);
  expect(titles).not.toContain(DEMO_TITLE);
  await b.reload();
  await b.getByRole('button', { name: 'Casussen' }).click();
  await expect(b.getByRole('dialog', { name: 'Casussen' }).getByRole('listitem').filter({ hasText: DEMO_TITLE })).toHaveCount(0);
});

/** Types for five seconds, a key every 150 ms, then closes the tab at once; returns what was typed. */
async function typeAndClose(page: Page, typeInto: () => Promise<void>): Promise<string> {
  await typeInto();
  const text = 'abcdefghijklmnopqrstuvwxyzabcdefgh'; // 34 keys x 150 ms ≈ 5 s
  await page.keyboard.type(text, { delay: 150 });
  await page.close({ runBeforeUnload: false });
  return text;
}

/** At most the last second (about 7 keys at 150 ms) may be missing, and what is kept is a prefix. */
function expectAllButTheLastSecond(kept: string, typed: string) {
  console.log(`typed ${typed.length} keys, kept ${kept.length}, lost ${typed.length - kept.length}`);
  expect(typed.startsWith(kept), `"${kept}" is a prefix of "${typed}"`).toBe(true);
  expect(typed.length - kept.length).toBeLessThanOrEqual(7);
}

test('text typed steadily for five seconds into a step\'s notes keeps all but the last second when the tab closes', async ({ context }) => {
  const page = await newTab(context);
  const notes = page.getByRole('complementary', { name: 'Stappen' }).getByLabel('Aantekeningen bij deze stap');
  // The demo's step 1 has notes already: type at their end.
  const before = await notes.inputValue();
  const typed = await typeAndClose(page, async () => {
    await notes.click();
    await notes.press('Control+End');
  });
  const again = await newTab(context);
  // Whichever step the pane opened on: the one whose notes began with the text seen before.
  const steps = Object.values((await storedOpenCase(again))?.steps ?? {});
  const stored = steps.map((s) => (s as { notes?: string } | undefined)?.notes ?? '').find((n) => n.startsWith(before)) ?? '';
  expect(stored.startsWith(before), JSON.stringify({ before, stored })).toBe(true);
  expectAllButTheLastSecond(stored.slice(before.length), typed);
  await expect(again.getByRole('complementary', { name: 'Stappen' }).getByLabel('Aantekeningen bij deze stap')).toHaveValue(stored);
});

test('text typed steadily for five seconds into a side-pane field keeps all but the last second when the tab closes', async ({ context }) => {
  const page = await newTab(context);
  const pane = await sidePane(page);
  await personInList(page, 'Noor de Vries').click();
  const name = pane.getByRole('form', { name: 'Persoon bewerken' }).getByLabel('Naam', { exact: true });
  const typed = await typeAndClose(page, async () => {
    await name.click();
    await name.press('End');
    await page.keyboard.type(' ');
  });
  const again = await newTab(context);
  const stored = (await storedOpenCase(again))?.people.find((p) => p.id === 'p-noor' || p.name.startsWith('Noor de Vries'));
  expect(stored?.name.startsWith('Noor de Vries')).toBe(true);
  const kept = stored!.name.slice('Noor de Vries'.length).trimStart();
  expectAllButTheLastSecond(kept, typed);
});

/** Makes every write to the cases store fail as on a full disk while window.__diskFull is set. */
async function simulateFullDisk(page: Page) {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if ((window as { __diskFull?: boolean }).__diskFull && this.name === 'cases') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    }
  });
}

const setDiskFull = (page: Page, full: boolean) => page.evaluate((f) => ((window as { __diskFull?: boolean }).__diskFull = f), full);

test('a full disk: the alert shows while saving fails, and once space is free the edit is stored and the alert goes', async ({ page }) => {
  await simulateFullDisk(page);
  await openShell(page);
  await setDiskFull(page, true);
  await addPersonInList(page, 'Bij volle schijf');
  const alert = page.getByRole('alert').filter({ hasText: 'Opslaan is mislukt' });
  await expect(alert).toContainText('vol');
  await page.waitForTimeout(1500);
  expect((await storedOpenCase(page))?.people.map((p) => p.name)).not.toContain('Bij volle schijf');
  await expect(alert).toBeVisible();
  // Space is freed; nobody edits again: a retry stores it and the alert goes.
  await setDiskFull(page, false);
  await expectStored(page, (doc) => doc.people.some((p) => p.name === 'Bij volle schijf'), 12_000);
  await expect(alert).toHaveCount(0);
});

test('an import under a full disk is not confirmed as stored, and is stored once space is free', async ({ page }) => {
  await simulateFullDisk(page);
  await openShell(page);
  await setDiskFull(page, true);
  await importViaButton(page, VALID.blendedFamily);
  await expect(caseTitle(page)).toHaveText(/Samengesteld gezin/);
  await expect(notices(page)).toContainText('is geopend, maar nog niet bewaard');
  await expect(notices(page)).not.toContainText('geïmporteerd en geopend');
  await expect(page.getByRole('alert').filter({ hasText: 'Opslaan is mislukt' })).toContainText('vol');
  const titles = (await storedCases(page)).map((d) => d.case.title);
  expect(titles.some((t) => t.startsWith('Samengesteld gezin'))).toBe(false);
  await setDiskFull(page, false);
  await expectStored(page, (doc) => doc.case.title.startsWith('Samengesteld gezin'), 12_000);
  await expect(page.getByRole('alert').filter({ hasText: 'Opslaan is mislukt' })).toHaveCount(0);
  await page.reload();
  await expect(caseTitle(page)).toHaveText(/Samengesteld gezin/);
});
