/**
 * "Exporteren als PDF" end to end: import a case with names the built-in PDF fonts cannot encode,
 * make the PDF through the dialog, and read the download with poppler (pdfinfo, pdftotext,
 * pdftoppm): a valid file, the expected pages, every name and table title as searchable text,
 * markup printed as text; the version for one network member lacks what she may not know; the
 * initials version lacks full names. Also the SVG and PNG of the map.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serializeCase } from '../../src/graph/parse';
import { generateFamily } from '../../src/layout/genogramGenerate';
import { VALID } from '../fixtures';
import { caseTitle, importViaButton, openShell } from './helpers/app';

const NAMES = ['Ngọc Trần', 'Şükriye Yılmaz', 'Małgorzata Wiśniewska', 'Hatice Öztürk', 'Bram & Co <b>test</b>'];
const TABLES = ['Personen', 'Behoeften en wie ze dekt', 'Steun per persoon', 'Krachten', 'Onderwerpen en wie ze mag weten', 'Afspraken', 'Contactmomenten'];

async function openDialog(page: Page) {
  await openShell(page);
  await importViaButton(page, VALID.pdfExport);
  await expect(caseTitle(page)).toHaveText(/Yılmaz-Trần/);
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporteren als PDF' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function makePdf(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<string> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'PDF maken' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  return (await file.path())!;
}

const info = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });
const text = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const pages = (path: string) => Number(/Pages:\s+(\d+)/.exec(info(path))?.[1]);
/** pdftotext breaks lines and spaces columns: compare on single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

test('the PDF for the file: both maps, every table, every name as text, a header on every page', async ({ page }) => {
  // The export fetches its code and fonts from the app's own origin only.
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  // It is made in the PDF worker, so the page never freezes for it: no fallback to the main thread.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const dialog = await openDialog(page);
  // The list of what goes in is there before anything is made.
  const contents = dialog.getByRole('list', { name: 'Wat gaat erin' });
  await expect(contents).toContainText('Kaart: Genogram, Netwerkkaart');
  await expect(contents).toContainText('7 personen');
  const path = await makePdf(page, dialog);
  expect(info(path)).toMatch(/PDF version/);
  const n = pages(path);
  expect(n).toBeGreaterThanOrEqual(3);
  const all = flat(text(path));
  for (const name of NAMES) expect(all, name).toContain(name);
  for (const title of TABLES) expect(all, title).toContain(title);
  expect(all).toContain('Vertrouwelijk: bevat persoonsgegevens');
  expect(all).toContain('Eva Jansen, Jeugdteam Oost');
  expect(all).toContain('Geldzorgen bij de bank');
  expect(all).toContain('OPEN: niemand');
  // The map carries the plan's marks (step 3): the open need where it is, and the legend explains the letters.
  expect(all).toContain('nog niemand: 1');
  expect(all).toContain('Wat iemand biedt');
  expect(urls.some((u) => u.endsWith('.ttf'))).toBe(true);
  expect(workers.some((u) => /pdf\.worker/.test(u))).toBe(true);
  expect(warnings.filter((w) => w.includes('main thread'))).toEqual([]);
  expect(urls.filter((u) => !/^(http:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:http:\/\/127\.0\.0\.1)/.test(u))).toEqual([]);
  for (let p = 1; p <= n; p++) {
    const one = flat(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), path, '-'], { encoding: 'utf8' }));
    expect(one).toContain(`pagina ${p} van ${n}`);
    expect(one).toContain('Familie Yılmaz-Trần');
  }
  // The fonts are embedded (a subset of DejaVu Sans), not the built-in ones.
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  // (jsPDF declares the 14 standard fonts on every PDF; pdftotext above found the names, so the text is in DejaVu.)
  expect(fonts).toMatch(/DejaVu Sans\s+CID TrueType\s+Identity-H\s+yes/);
  // Pictures to look at, and one for the README.
  mkdirSync('test-results/pdf', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, 'test-results/pdf/file']);
});

test('the version for a network member holds only what she may know, and says so at the end', async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'Voor een netwerklid' }).check();
  await expect(dialog.getByRole('button', { name: 'PDF maken' })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'Netwerklid' }).selectOption({ label: 'Małgorzata Wiśniewska' });
  const contents = dialog.getByRole('list', { name: 'Wat gaat erin' });
  await expect(contents).toContainText('Gedeelde onderwerpen: Schoolwisseling na de zomer');
  await expect(contents).toContainText('1 onderwerp blijft bewust weg');
  const path = await makePdf(page, dialog);
  const all = flat(text(path));
  expect(all).toContain('Gedeeld met Małgorzata Wiśniewska op');
  expect(all).toContain('Schoolwisseling na de zomer');
  expect(all).toContain('bewust weggelaten');
  // What she may not know, and other people's contact details and notes, are not in it.
  for (const absent of ['Geldzorgen', '06-11112222', "werkt 's nachts", 'Professional-notitie', 'Bellen na een nachtdienst']) {
    expect(all, absent).not.toContain(absent);
  }
  // Her own contact details are.
  expect(all).toContain('buurvrouw-06-33334444');
  mkdirSync('test-results/pdf', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, 'test-results/pdf/member']);
  // A second PDF in the same session (the worker keeps the parsed fonts): the file version, whole again.
  await dialog.getByRole('radio', { name: 'Voor het dossier' }).check();
  const again = flat(text(await makePdf(page, dialog)));
  for (const name of NAMES) expect(again, name).toContain(name);
  expect(again).toContain('Geldzorgen');
});

test('initials instead of names, without notes and contact details', async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByRole('checkbox', { name: 'Initialen in plaats van namen' }).check();
  await dialog.getByRole('checkbox', { name: 'Zonder notities en contactgegevens' }).check();
  await dialog.getByRole('radio', { name: 'Netwerkkaart' }).check();
  await dialog.getByRole('radio', { name: 'A3' }).check();
  await dialog.getByRole('radio', { name: 'Staand' }).check();
  const path = await makePdf(page, dialog);
  expect(info(path)).toMatch(/Page size:\s+841\.\d+ x 1190\.\d+/);
  const all = flat(text(path));
  for (const name of NAMES) expect(all, name).not.toContain(name);
  for (const part of ['Yılmaz', 'Wiśniewska', 'Öztürk', 'Trần']) expect(all, part).not.toContain(part);
  expect(all).toContain('Ş.Y.');
  expect(all).toContain('M.W.');
  for (const absent of ['06-11112222', 'buurvrouw', 'Eerste netwerkberaad']) expect(all, absent).not.toContain(absent);
});

test('the map as SVG and as PNG', async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'Netwerkkaart' }).check();
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren als SVG' }).click();
  const svg = await download;
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const markup = readFileSync((await svg.path())!, 'utf8');
  expect(markup).toMatch(/^<svg /);
  expect(markup).toContain('Bram &amp; Co &lt;b&gt;test&lt;/b&gt;');
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren als PNG' }).click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // 2x: wider than the SVG's own width.
  const svgWidth = Number(/width="([\d.]+)"/.exec(markup)?.[1]);
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(svgWidth * 2) - 1);
});

test('the exported genogram carries the emotional ties, as the screen\'s "Banden tonen" draws them, unless unticked', async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'Genogram' }).check();
  const ties = dialog.getByRole('checkbox', { name: 'Banden tonen in het genogram' });
  await expect(ties).toBeChecked();
  const svgMarkup = async () => {
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exporteren als SVG' }).click();
    return readFileSync((await (await download).path())!, 'utf8');
  };
  // Hatice Öztürk and Ngọc Trần are family with a strong tie both ways: drawn in the genogram.
  expect(await svgMarkup()).toMatch(/class="tie" data-quality="strong" data-flow="both"/);
  await ties.uncheck();
  expect(await svgMarkup()).not.toContain('class="tie"');
  // The choice is only offered when a genogram is printed.
  await dialog.getByRole('radio', { name: 'Netwerkkaart' }).check();
  await expect(ties).toHaveCount(0);
});

test('a genogram too large for one readable page is printed as an overview plus numbered tiles', async ({ page }) => {
  const doc = generateFamily(250, 1);
  doc.case = { ...doc.case, id: 'c-pdf-250', title: 'Grote familie' };
  mkdirSync('test-results/pdf', { recursive: true });
  const file = 'test-results/pdf/grote-familie.netwerkkaart.json';
  writeFileSync(file, serializeCase(doc));
  await openShell(page);
  await importViaButton(page, file);
  await expect(caseTitle(page)).toHaveText(/Grote familie/);
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporteren als PDF' });
  await dialog.getByRole('radio', { name: 'Genogram' }).check();
  // Only the people table: 250 rows flow over pages with the header row repeated.
  for (const box of await dialog.getByRole('group', { name: 'Tabellen' }).getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByRole('checkbox', { name: 'Personen' }).check();
  const path = await makePdf(page, dialog);
  const n = pages(path);
  const all = flat(text(path));
  const tiles = Number(/in (\d+) delen/.exec(all)?.[1]);
  expect(tiles).toBeGreaterThan(1);
  const tablePages = (all.match(/Personen \(vervolg\)/g) ?? []).length + 1;
  expect(tablePages).toBeGreaterThan(1);
  expect(n).toBe(1 + tiles + tablePages);
  const last = flat(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' }));
  expect(last).toMatch(/Personen \(vervolg\) Naam Rol Sector Cirkel Jaar/);
  expect(all).toContain(`Deel ${tiles} van ${tiles}`);
  // Every page within jsPDF's cap (A4 here), and every name is somewhere on a tile.
  expect(info(path)).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
  const tileText = flat(execFileSync('pdftotext', ['-f', '2', '-l', String(1 + tiles), path, '-'], { encoding: 'utf8' }));
  const missing = doc.people.filter((p) => p.name.split(' ').some((w) => !tileText.includes(w)));
  expect(missing.map((p) => p.name)).toEqual([]);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '2', path, 'test-results/pdf/tiles']);
});
