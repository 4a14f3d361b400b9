/**
 * Shared end-to-end steps for the app shell: open the app, find the panes, import files by the
 * button or by drag-and-drop, and read what autosave wrote to IndexedDB.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { CaseDocument } from '../../../src/graph/schema';

export const DEMO_TITLE = 'Voorbeeld: familie De Vries';

/** Opens the app and waits until a case is shown (the case title is the page's h1). */
export async function openShell(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export function caseTitle(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** The right-hand pane with the plain list editor; opened if it was closed. */
export async function sidePane(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Lijst', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return page.getByRole('complementary', { name: 'Personen en relaties' });
}

/** The shell's confirmations (role="status" in the "Meldingen" region; the map has its own status). */
export function notices(page: Page): Locator {
  return page.getByRole('region', { name: 'Meldingen' }).getByRole('status');
}

export function peopleList(page: Page): Locator {
  return page.getByRole('list', { name: 'Lijst van personen' });
}

export function relationList(page: Page): Locator {
  return page.getByRole('list', { name: 'Lijst van relaties' });
}

/** A person's button in the list, by the exact start of its text ("Sam geb. 2012 ..."). */
export function personInList(page: Page, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return peopleList(page).getByRole('button', { name: new RegExp(`^${escaped}( geb\\.| hoofdpersoon|$)`) });
}

export async function importViaButton(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await (await chooser).setFiles(file);
}

/** Drops a file on the page the way the browser does for a file dragged from the desktop. */
export async function dropFile(page: Page, file: string): Promise<void> {
  const bytes = [...(await readFile(file))];
  await page.evaluate(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { bytes, name: basename(file) },
  );
}

/** The document autosave stored for the last open case (read straight from IndexedDB). */
export async function storedOpenCase(page: Page): Promise<CaseDocument | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('netwerkkaart');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['cases', 'meta']);
    const get = <T,>(store: string, key: string) =>
      new Promise<T | undefined>((resolve) => {
        const request = tx.objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result as T | undefined);
        request.onerror = () => resolve(undefined);
      });
    const id = await get<string>('meta', 'lastOpenCaseId');
    const record = id ? await get<{ doc: CaseDocument }>('cases', id) : undefined;
    db.close();
    return record?.doc;
  });
}

/** Waits until autosave has stored a document that passes `check` — within `timeout` ms. */
export async function expectStored(page: Page, check: (doc: CaseDocument) => boolean, timeout = 1500): Promise<void> {
  await expect.poll(async () => {
    const doc = await storedOpenCase(page);
    return doc ? check(doc) : false;
  }, { timeout, intervals: [50] }).toBe(true);
}

/** Fails the test when any script runs alert()/confirm()/prompt(). */
export function failOnDialogs(page: Page): string[] {
  const fired: string[] = [];
  page.on('dialog', (dialog) => {
    fired.push(dialog.message());
    void dialog.dismiss();
  });
  return fired;
}
