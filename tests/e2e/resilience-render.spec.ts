/**
 * A valid file must never lock the user out: ids that are the names every JavaScript object
 * inherits (`constructor`, `__proto__`, `toString`) import, draw in both views and survive a
 * reload; and when drawing fails anyway, the map says why while the cases menu, export and the
 * list editor keep working.
 */
import { expect, test } from '@playwright/test';
import { fixturePath } from '../fixtures/index';
import type { Page } from '@playwright/test';
import { caseTitle, importViaButton, notices, openShell, personInList, sidePane } from './helpers/app';
import { personNode } from './canvasHelpers';

const BUILTIN = fixturePath('builtin-ids.netwerkkaart.json');
/** People whose ids are constructor, __proto__, toString, valueOf and hasOwnProperty. */
const NAMES = ['Henk Jansen', 'Truus Jansen', 'Bram Jansen', 'Eva de Boer', 'Tom Jansen'];

test('a case with ids constructor, __proto__ and toString imports, draws in both views and survives a reload', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openShell(page);
  await importViaButton(page, BUILTIN);
  await expect(caseTitle(page)).toHaveText(/Familie Prototype/);
  await expect(notices(page)).toContainText('geïmporteerd');

  const check = async () => {
    await page.getByRole('tab', { name: 'Genogram' }).click();
    for (const name of NAMES) await expect(personNode(page, name)).toBeVisible();
    await expect(page.locator('[data-kind="couple"]').first()).toBeAttached();
    await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
    for (const name of NAMES) await expect(personNode(page, name)).toBeVisible();
    await sidePane(page);
    for (const name of NAMES) await expect(personInList(page, name)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  };
  await check();

  // The hand-placed positions under those ids are kept as data, in the stored case too.
  // (Keys read in the page: Playwright's own serialisation would drop a `__proto__` key.)
  await expect.poll(() => storedGenogramKeys(page)).toEqual(['__proto__', 'constructor', 'toString']);

  await page.reload();
  await expect(caseTitle(page)).toHaveText(/Familie Prototype/);
  await check();
  expect(pageErrors).toEqual([]);
});

test('a render error in the map shows its message and leaves the cases menu, export and list editor usable', async ({ page }) => {
  await openShell(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Make drawing a name outside Latin script fail, as a bug in the label code would.
  await page.evaluate(() => {
    const segment = Intl.Segmenter.prototype.segment;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      if (String(text).includes('Ngọc')) throw new Error('Testfout bij het splitsen van tekst');
      return segment.call(this, text);
    };
  });
  const pane = await sidePane(page);
  const addPerson = pane.getByRole('form', { name: 'Persoon toevoegen' });
  await addPerson.getByLabel('Naam').fill('Ngọc Trần');
  await addPerson.getByLabel('Naam').press('Enter');

  const mapAlert = page.getByRole('region', { name: 'Kaart' }).getByRole('alert');
  await expect(mapAlert).toContainText('De kaart kan niet worden getekend: Testfout bij het splitsen van tekst');
  await expect(page.getByRole('tab', { name: 'Genogram' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/render-error.png' });

  // The list editor still works: the new person is there and can be edited.
  await expect(personInList(page, 'Ngọc Trần')).toBeVisible();
  // Export still works.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/\.netwerkkaart\.json$/);
  // Undo takes the name away again; with the document changed, the map draws again.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(mapAlert).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Genogram' })).toBeVisible();
  // The cases menu still opens.
  await page.getByRole('button', { name: 'Casussen' }).click();
  await expect(page.getByRole('dialog').getByRole('list', { name: 'Lijst van casussen' })).toBeVisible();
});

/** The keys of the stored open case's genogram positions, read from IndexedDB inside the page. */
function storedGenogramKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('netwerkkaart');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T,>(store: string, key: string) =>
      new Promise<T | undefined>((resolve) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result as T | undefined);
        request.onerror = () => resolve(undefined);
      });
    const id = await read<string>('meta', 'lastOpenCaseId');
    const record = id ? await read<{ doc: { layout?: { genogram?: object } } }>('cases', id) : undefined;
    db.close();
    return Object.keys(record?.doc.layout?.genogram ?? {}).sort();
  });
}
