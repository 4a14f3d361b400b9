/**
 * A relation's status or type is set on the map (issue 9): a partner made with "Partner
 * toevoegen" is asked its status at once (one tap), a child its type; a couple line or child line
 * is clicked (or reached with Tab and Enter) to change it later. A contact is drag, quality,
 * direction: three actions in one small menu at the drop (two for a conflict or a broken contact,
 * which carry no support and are not asked a direction).
 */
import { expect, test, type Page } from '@playwright/test';
import { addByName, clickInSector, connect, coveredBy, openApp, personNode, startEmptyCase } from './canvasHelpers';
import { storedOpenCase } from './helpers/app';

async function relationsOf(page: Page) {
  const doc = await storedOpenCase(page);
  const id = (name: string) => doc!.people.find((p) => p.name === name)!.id;
  return { doc: doc!, id };
}

test('a new partner is asked the status and a new child the type, one tap each; lines are changed on the map by click and by keyboard', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('toolbar', { name: 'Kaartwerkbalk' }).getByRole('button', { name: 'Persoon toevoegen' }).click();
  await addByName(page, 'Naam van nieuwe persoon', 'Linda');

  // Partner: the button, the name, Enter, then one tap for the status.
  await personNode(page, 'Linda').click();
  await page.getByRole('button', { name: 'Partner toevoegen' }).click();
  await addByName(page, 'Naam van de partner', 'Mark');
  const editor = page.getByRole('group', { name: 'Relatie aanpassen' });
  const status = editor.getByRole('group', { name: 'Linda en Mark: wat voor relatie?' });
  await expect(status.getByRole('button', { name: 'Relatie', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(personNode(page, 'Mark')).toBeFocused();
  await status.getByRole('button', { name: 'Samenwonend' }).click();
  await expect(editor).toBeHidden();
  await expect
    .poll(async () => (await relationsOf(page)).doc.relations.find((r) => r.kind === 'partner'))
    .toMatchObject({ status: 'cohabiting' });
  await expect(page.locator('.nk-layer--connectors [data-kind="couple"]')).toHaveAttribute('data-style', 'dashed');

  // Child: one tap for the type; both parents' relations change together.
  await personNode(page, 'Mark').click();
  await page.getByRole('button', { name: 'Kind toevoegen' }).click();
  await addByName(page, 'Naam van het kind', 'Sam');
  // Docked in the corner that hides nobody.
  await expect(editor.getByRole('group', { name: 'Sam: wat voor kind?' })).toBeVisible();
  await expect.poll(() => coveredBy(page, editor)).toEqual([]);
  await editor.getByRole('group', { name: 'Sam: wat voor kind?' }).getByRole('button', { name: 'Pleeg' }).click();
  await expect(editor).toBeHidden();
  await expect
    .poll(async () => {
      const { doc, id } = await relationsOf(page);
      return doc.relations.filter((r) => r.kind === 'parent' && r.to === id('Sam')).map((r) => (r.kind === 'parent' ? r.type : ''));
    })
    .toEqual(['foster', 'foster']);

  // Later: click the couple line itself and change it there; the editor stays for another change.
  await page.getByRole('button', { name: /^Relatie (Linda en Mark|Mark en Linda): samenwonend$/ }).click();
  await expect(editor).toBeVisible();
  await editor.getByRole('button', { name: 'Gescheiden' }).click();
  await expect(editor.getByRole('button', { name: 'Gescheiden' })).toHaveAttribute('aria-pressed', 'true');
  // Divorced: a solid line with two slashes.
  await expect(page.locator('.nk-layer--connectors [data-kind="slash"]')).toHaveCount(2);
  await expect(page.locator('.nk-layer--connectors [data-kind="couple"]')).toHaveAttribute('data-style', 'solid');
  await page.screenshot({ path: testInfo.outputPath('relation-editor.png') });
  await editor.getByRole('button', { name: 'Sluiten' }).click();

  // Keyboard: the child line is a button in the tab order; Enter opens its editor.
  const childLine = page.getByRole('button', { name: /^Kind Sam van .*: pleeg$/ });
  await childLine.focus();
  await page.keyboard.press('Enter');
  await editor.getByRole('button', { name: 'Biologisch' }).click();
  await expect
    .poll(async () => {
      const { doc, id } = await relationsOf(page);
      return doc.relations.filter((r) => r.kind === 'parent' && r.to === id('Sam')).map((r) => (r.kind === 'parent' ? r.type : ''));
    })
    .toEqual(['biological', 'biological']);

  // One undo step per tap.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('button', { name: /^Kind Sam van .*: pleeg$/ })).toBeAttached();
});

test('a contact is drag, quality, direction: three actions in the menu at the drop', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await startEmptyCase(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  const centre = page.locator('.nk-layer--ecogram [data-part="ring"]').first();
  const box = (await centre.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await addByName(page, 'Naam van nieuwe persoon', 'Sam');
  await clickInSector(page, 'Vrienden', 1);
  await addByName(page, 'Naam van nieuwe persoon', 'Jamal');

  let actions = 0;
  await connect(page, personNode(page, 'Sam'), personNode(page, 'Jamal'));
  actions++;
  const menu = page.getByRole('menu', { name: 'Soort relatie' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Contact: sterk' }).click();
  actions++;
  const flow = page.getByRole('menu', { name: 'Richting van steun kiezen' });
  await expect(flow.getByRole('menuitem', { name: 'Geen richting' })).toBeFocused();
  await flow.getByRole('menuitem', { name: 'Steun naar de ander' }).click();
  actions++;
  await expect(flow).toBeHidden();
  expect(actions).toBe(3);
  const tie = page.locator('.react-flow__edge').and(page.getByRole('img', { name: 'Band tussen Sam en Jamal' }));
  await expect(tie.locator('.nk-tie')).toHaveAttribute('data-quality', 'strong');
  await expect(tie.locator('.nk-tie')).toHaveAttribute('data-flow', 'to');
  // The tie is selected, so its editor is at hand for a later change, docked in the top corner
  // away from the tie, so it does not cover the line it changes.
  const tieEditor = page.getByRole('group', { name: 'Band aanpassen' });
  await expect(tieEditor).toBeVisible();
  const [editorBox, line, canvas] = await Promise.all([tieEditor.boundingBox(), tie.boundingBox(), page.locator('.nk-canvas').boundingBox()]);
  const lineMidX = line!.x + line!.width / 2;
  const editorMidX = editorBox!.x + editorBox!.width / 2;
  const canvasMidX = canvas!.x + canvas!.width / 2;
  expect(Math.sign(lineMidX - canvasMidX), 'the editor is on the other half of the map than the tie').not.toBe(Math.sign(editorMidX - canvasMidX));
  expect(await coveredBy(page, tieEditor), 'the editor hides nobody').toEqual([]);

  // A conflict carries no support: drag and quality, two actions, and no direction is asked.
  await clickInSector(page, 'Buurt', 2);
  await addByName(page, 'Naam van nieuwe persoon', 'Henk');
  await connect(page, personNode(page, 'Henk'), personNode(page, 'Sam'));
  await menu.getByRole('menuitem', { name: 'Contact: conflict' }).click();
  await expect(menu).toBeHidden();
  await expect(flow).toBeHidden();
  const conflict = page.locator('.react-flow__edge').and(page.getByRole('img', { name: 'Band tussen Henk en Sam' }));
  await expect(conflict.locator('.nk-tie')).toHaveAttribute('data-quality', 'conflict');
  await expect(conflict.locator('.nk-tie')).toHaveAttribute('data-flow', 'none');
});
