/**
 * The six steps walked on a small case the way a professional does with a family: the family's
 * view, needs of the young person and a parent, offers linked to needs (and a need that nobody
 * covers standing out), strengths, consent for a topic marked on the map, an agreement drawn on
 * the map, and two meetings where the second looks back on the first.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';

const SHOTS = process.env.STEPS_SHOTS; // a folder: save a 1280x800 screenshot of each step there

const person = (id: string, name: string, sector: string, closeness: number, extra: object = {}) => ({
  id,
  name,
  gender: 'unknown',
  sector,
  closeness,
  ...extra,
});

const CASE = {
  format: 'netwerkkaart',
  version: 1,
  case: { id: 'c-steps', title: 'Familie Stappen', createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z' },
  people: [
    person('p-sam', 'Sam', 'household', 1, { focus: true, gender: 'male', birthYear: 2012 }),
    person('p-linda', 'Linda', 'household', 1, { gender: 'female', namedBy: ['youth', 'parents'] }),
    person('p-mark', 'Mark', 'family', 2, { gender: 'male', namedBy: ['parents'] }),
    person('p-ans', 'Oma Ans', 'family', 1, { gender: 'female', namedBy: ['youth', 'parents'] }),
    person('p-henk', 'Buurman Henk', 'neighbourhood', 2, { gender: 'male', namedBy: ['parents'] }),
    person('p-daan', 'Daan', 'friends', 1, { gender: 'male', namedBy: ['youth'] }),
  ],
  relations: [
    { id: 'r1', kind: 'parent', from: 'p-linda', to: 'p-sam', type: 'biological' },
    { id: 'r2', kind: 'parent', from: 'p-mark', to: 'p-sam', type: 'biological' },
    { id: 'r3', kind: 'partner', from: 'p-mark', to: 'p-linda', status: 'divorced' },
    { id: 'r4', kind: 'tie', from: 'p-ans', to: 'p-sam', quality: 'strong', flow: 'to' },
    { id: 'r5', kind: 'tie', from: 'p-henk', to: 'p-linda', quality: 'normal', flow: 'to' },
  ],
};

async function openCase(page: Page): Promise<Locator> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const file = join(await mkdtemp(join(tmpdir(), 'steps-')), 'stappen.netwerkkaart.json');
  await writeFile(file, JSON.stringify(CASE));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Familie Stappen');
  return page.getByRole('complementary', { name: 'Stappen' });
}

async function goToStep(pane: Locator, n: number) {
  await pane.getByRole('tab', { name: `Stap ${n}`, exact: true }).click();
  await expect(pane.getByRole('tab', { name: `Stap ${n}`, exact: true })).toHaveAttribute('aria-selected', 'true');
}

async function shoot(page: Page, name: string, show: Locator) {
  if (!SHOTS) return;
  await show.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** A person node on the netwerkkaart, by the start of its accessible name. */
function node(page: Page, name: string): Locator {
  return page.locator('.react-flow__node').and(page.getByRole('group', { name: new RegExp(`^${name},`) }));
}

test('walk all six steps on a case', async ({ page }) => {
  test.setTimeout(150_000); // a long walk; the shared 2-core machine can make it slow
  const pane = await openCase(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();

  // The navigator: six steps, each with its question; tips on request.
  for (let n = 1; n <= 6; n++) await expect(pane.getByRole('tab', { name: `Stap ${n}`, exact: true })).toBeVisible();

  // Step 1: the question large, tips behind a button, the family's view and the status.
  await goToStep(pane, 1);
  await expect(pane.getByText('Hoe kunnen de mensen om jullie heen helpen?')).toBeVisible();
  const tips = pane.getByRole('button', { name: 'Tips voor de professional' });
  await expect(pane.getByText('Maak gebruik van motiverende gespreksvoering.')).toBeHidden();
  await tips.click();
  await expect(tips).toHaveAttribute('aria-expanded', 'true');
  await expect(pane.getByText('Maak gebruik van motiverende gespreksvoering.')).toBeVisible();
  await pane.getByLabel('Wat houdt jullie tegen?').fill('Linda wil niemand tot last zijn.');
  await pane.getByLabel('Wat hopen jullie?').fill('Dat Sam iemand heeft om mee te praten.');
  await pane.getByLabel('Status van deze stap').selectOption('done');
  await expect(pane.getByRole('tab', { name: 'Stap 1', exact: true })).toHaveAccessibleDescription(/Klaar/);
  await pane.getByLabel('Aantekeningen bij deze stap').fill('Eerste gesprek aan de keukentafel.');
  await shoot(page, 'step1', pane.getByLabel('Wat hopen jullie?'));

  // Step 2: the types of need are named, not exemplified; needs of Sam and of Linda apart.
  await goToStep(pane, 2);
  await expect(pane.getByText('Waar hebben jullie behoefte aan?')).toBeVisible();
  await expect(pane.getByRole('note', { name: 'Soorten behoeften' })).toContainText('Sociaal-emotioneel');
  // What step 1 typed is still there when coming back later (checked below); add needs now.
  const samForm = pane.getByRole('form', { name: 'Behoefte toevoegen voor Sam' });
  // The text, then one tap on its kind adds it; Enter adds with the kind used last.
  await samForm.getByLabel('Nieuwe behoefte van Sam').fill('Iemand om mee te praten');
  await samForm.getByRole('button', { name: 'Emotioneel (E)' }).click();
  const lindaForm = pane.getByRole('form', { name: 'Behoefte toevoegen voor Linda' });
  await lindaForm.getByLabel('Nieuwe behoefte van Linda').fill('Oppas op woensdag');
  await lindaForm.getByRole('button', { name: 'Praktisch (P)' }).click();
  await expect(lindaForm.getByLabel('Nieuwe behoefte van Linda')).toBeFocused();
  await lindaForm.getByLabel('Nieuwe behoefte van Linda').fill('Hulp bij formulieren');
  await page.keyboard.press('Enter');
  await expect(pane.getByRole('list', { name: 'Behoeften van Sam' })).toContainText('Iemand om mee te praten');
  await expect(pane.getByRole('list', { name: 'Behoeften van Linda' })).toContainText('Oppas op woensdag');
  await expect(pane.getByRole('list', { name: 'Behoeften van Mark' })).toHaveCount(0); // Mark has none yet
  await shoot(page, 'step2', pane.getByRole('list', { name: 'Behoeften van Linda' }));

  // Step 3: tag what Oma Ans offers, link it to the needs; an uncovered need stands out.
  await goToStep(pane, 3);
  await pane.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Oma Ans' });
  const offerForm = pane.getByRole('form', { name: 'Steun toevoegen voor Oma Ans' });
  await offerForm.getByLabel('Wat kan Oma Ans bieden?').fill('Past op Sam');
  await offerForm.getByLabel('Soort steun van Oma Ans').selectOption('practical');
  await offerForm.getByRole('button', { name: 'Toevoegen' }).click();
  await offerForm.getByLabel('Wat kan Oma Ans bieden?').fill('Luistert naar Sam');
  await offerForm.getByLabel('Soort steun van Oma Ans').selectOption('emotional');
  await offerForm.getByRole('button', { name: 'Toevoegen' }).click();
  await pane.getByRole('button', { name: 'Koppel "Past op Sam" aan behoeften' }).click();
  await pane.getByRole('group', { name: 'Bij welke behoefte helpt "Past op Sam"?' }).getByLabel('Oppas op woensdag').check();
  await pane.getByRole('button', { name: 'Koppel "Luistert naar Sam" aan behoeften' }).click();
  await pane.getByRole('group', { name: 'Bij welke behoefte helpt "Luistert naar Sam"?' }).getByLabel('Iemand om mee te praten').check();

  await expect(pane.getByRole('list', { name: 'Steun van Oma Ans' })).toContainText('Helpt bij: Oppas op woensdag');
  const coverage = pane.getByRole('list', { name: 'Wie helpt bij welke behoefte?' });
  await expect(coverage.getByRole('listitem').filter({ hasText: 'Oppas op woensdag' })).toContainText('Geholpen door: Oma Ans');
  const gap = coverage.getByRole('listitem').filter({ hasText: 'Hulp bij formulieren' });
  await expect(gap).toContainText('Nog niemand — hier is professionele hulp nog nodig');
  await expect(pane.getByText('1 van 3 behoeften nog zonder hulp uit het netwerk')).toBeVisible();

  // The map shows the P and E letters on Oma Ans.
  await expect(node(page, 'Oma Ans').locator('.support-badge[data-category="practical"]')).toHaveCount(1);
  await expect(node(page, 'Oma Ans').locator('.support-badge[data-category="emotional"]')).toHaveCount(1);

  // Family Finding: nobody from school or sport yet; and the perspective filter dims on the map.
  await expect(pane.getByText('Wie van school of sport?')).toBeVisible();
  await pane.getByRole('radio', { name: 'De jongere' }).check();
  await expect(node(page, 'Buurman Henk').locator('[data-dimmed="true"]')).toHaveCount(1);
  await expect(node(page, 'Daan').locator('[data-dimmed="true"]')).toHaveCount(0);
  await shoot(page, 'step3', coverage);
  await pane.getByRole('radio', { name: 'Iedereen' }).check();
  await expect(node(page, 'Buurman Henk').locator('[data-dimmed="true"]')).toHaveCount(0);

  // Step 4: strengths over the nine life domains, and what Sam is proud of.
  await goToStep(pane, 4);
  await expect(pane.getByText('Waar liggen jullie krachten?')).toBeVisible();
  await pane.getByRole('radio', { name: /^Sam/ }).check();
  const strengthForm = pane.getByRole('form', { name: 'Kracht toevoegen voor Sam' });
  await strengthForm.getByLabel('Waarover?').selectOption({ label: "Vrije tijd, hobby's, sport" });
  await strengthForm.getByLabel('Antwoord').fill('Goed in voetbal');
  await strengthForm.getByRole('button', { name: 'Toevoegen' }).click();
  await strengthForm.getByRole('radio', { name: 'Waar ben je trots op?' }).check();
  await strengthForm.getByLabel('Waarover?').selectOption({ label: 'Werken/leren' });
  await strengthForm.getByLabel('Antwoord').fill('Mijn rapport dit jaar');
  await strengthForm.getByRole('button', { name: 'Toevoegen' }).click();
  const inventory = pane.getByRole('definition').filter({ hasText: 'Mijn rapport dit jaar' });
  await expect(inventory).toContainText('Trots op');
  await expect(pane.getByRole('definition').filter({ hasText: 'Goed in voetbal' })).toBeVisible();
  await pane.getByRole('radio', { name: /^Linda/ }).check();
  await pane.getByRole('form', { name: 'Kracht toevoegen voor Linda' }).getByRole('radio', { name: 'Wat heb je zelf opgelost?' }).check();
  await pane.getByLabel('Antwoord').fill('Schulden zelf geregeld');
  await pane.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(pane.getByRole('definition').filter({ hasText: 'Schulden zelf geregeld' })).toContainText('Zelf opgelost');
  await shoot(page, 'step4', pane.getByRole('definition').filter({ hasText: 'Schulden zelf geregeld' }));

  // Step 5: a topic; Oma Ans may know, Buurman Henk may not; the map marks everyone.
  await goToStep(pane, 5);
  await pane.getByLabel('Nieuw onderwerp').fill('Diagnose ADHD');
  await pane.getByRole('button', { name: 'Onderwerp toevoegen' }).click();
  await expect(pane.getByLabel('Onderwerp op de kaart')).toHaveValue(/.+/);
  await pane.getByLabel('Oma Ans: mag weten?').selectOption('may-know');
  await pane.getByLabel('Oma Ans: wie koos?').selectOption('both');
  await pane.getByLabel('Oma Ans: hoe vertellen?').selectOption('conversation');
  await pane.getByLabel('Buurman Henk: mag weten?').selectOption('may-not-know');
  await expect(node(page, 'Oma Ans').locator('[title="mag weten: Diagnose ADHD"]')).toHaveCount(1);
  await expect(node(page, 'Oma Ans').locator('.consent-mark[data-decision="may-know"]')).toHaveCount(1);
  await expect(node(page, 'Buurman Henk').locator('.consent-mark[data-decision="may-not-know"]')).toHaveCount(1);
  // Only decisions are marked; who was not asked yet is counted in the pane.
  await expect(node(page, 'Daan').locator('.consent-mark')).toHaveCount(0);
  await expect(pane.getByRole('status').filter({ hasText: 'Nog niet besproken' })).toHaveText('1 mag het weten, 1 niet. Nog niet besproken: 3 personen (niet op de kaart).');
  await shoot(page, 'step5', pane.getByLabel('Buurman Henk: hoe vertellen?'));

  // "Bekijk als": a banner says it is a preview; Henk may not know the topic, and the map keeps
  // Henk's own mark only. The banner's button ends the preview.
  await pane.getByLabel('Bekijk als ...').selectOption({ label: 'Buurman Henk' });
  const banner = pane.getByRole('region', { name: 'Voorbeeld: zo ziet Buurman Henk het' });
  await expect(banner).toBeVisible();
  const preview = pane.getByRole('region', { name: 'Wat mag Buurman Henk weten?' });
  await expect(preview).toContainText('Er is nog geen onderwerp dat Buurman Henk mag weten.');
  await expect(preview.getByRole('list', { name: 'Buurman Henk mag dit niet weten:' })).toContainText('Diagnose ADHD');
  // The pane shows Henk's view only: nobody else's decisions, no topic editor.
  await expect(pane.getByLabel('Oma Ans: mag weten?')).toHaveCount(0);
  await expect(pane.getByLabel('Nieuw onderwerp')).toHaveCount(0);
  await expect(node(page, 'Oma Ans').locator('.consent-mark')).toHaveCount(0);
  // A topic Henk may not know marks nobody, not even Henk: in his view the topic does not exist.
  await expect(node(page, 'Buurman Henk').locator('.consent-mark')).toHaveCount(0);
  await pane.getByLabel('Bekijk als ...').selectOption({ label: 'Oma Ans' });
  await expect(pane.getByRole('region', { name: 'Wat mag Oma Ans weten?' }).getByRole('list', { name: 'Oma Ans mag dit weten:' })).toContainText(
    'Diagnose ADHD',
  );
  await shoot(page, 'step5-view-as', pane.getByRole('region', { name: 'Wat mag Oma Ans weten?' }));
  await pane.getByRole('button', { name: 'Stop voorbeeld' }).click();
  await expect(pane.getByRole('region', { name: /^Voorbeeld: zo ziet/ })).toHaveCount(0);
  await expect(pane.getByLabel('Bekijk als ...')).toHaveValue('');
  await expect(node(page, 'Buurman Henk').locator('.consent-mark[data-decision="may-not-know"]')).toHaveCount(1);
  await expect(node(page, 'Oma Ans').locator('.consent-mark[data-decision="may-know"]')).toHaveCount(1);

  // Step 6: an agreement, drawn on the map; two meetings, the second looking back on the first.
  await goToStep(pane, 6);
  const agreementForm = pane.getByRole('form', { name: 'Afspraak toevoegen' });
  await agreementForm.getByRole('group', { name: 'Met wie?' }).getByLabel('Oma Ans').check();
  await agreementForm.getByRole('group', { name: 'Met wie?' }).getByLabel('Linda').check();
  await agreementForm.getByLabel('Hoe vaak?').selectOption('weekly');
  await agreementForm.getByLabel('Hoe houden jullie contact?').selectOption('whatsapp');
  await agreementForm.getByLabel('Waarover?').fill('Bijpraten over hoe het met Sam gaat');
  await agreementForm.getByLabel('Terugvalplan').fill('Dan belt Linda de jeugdhulp');
  await agreementForm.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const agreements = pane.getByRole('list', { name: 'Afspraken' });
  await expect(agreements).toContainText('A1');
  await expect(agreements).toContainText('Met: Linda, Oma Ans');
  await expect(agreements).toContainText('Terugvalplan: Dan belt Linda de jeugdhulp');
  await expect(node(page, 'Oma Ans')).toContainText('A1');
  await expect(node(page, 'Linda')).toContainText('A1');

  const meetingForm = pane.getByRole('form', { name: 'Contactmoment toevoegen' });
  await expect(meetingForm.getByRole('region', { name: 'Terugblik op vorige keer' })).toContainText('Dit is het eerste contactmoment.');
  await meetingForm.getByLabel('Datum').fill('2026-11-28');
  await meetingForm.getByRole('group', { name: 'Wie waren er?' }).getByLabel('Oma Ans').check();
  await meetingForm.getByLabel('Wat is er besproken?').fill('Oma past voortaan op woensdag op.');
  await meetingForm.getByRole('button', { name: 'Contactmoment toevoegen' }).click();
  const lookBack = meetingForm.getByRole('region', { name: 'Terugblik op vorige keer' });
  await expect(lookBack).toContainText('Oma past voortaan op woensdag op.');
  await expect(lookBack).toContainText('28 november 2026');
  await meetingForm.getByLabel('Datum').fill('2026-12-12');
  await meetingForm.getByLabel('Hoe gingen de afspraken van vorige keer?').fill('Oppassen gaat goed.');
  await meetingForm.getByLabel('Wat is er besproken?').fill('Henk helpt met de formulieren.');
  await meetingForm.getByRole('button', { name: 'Contactmoment toevoegen' }).click();
  await expect(lookBack).toContainText('Henk helpt met de formulieren.');
  const log = pane.getByRole('list', { name: 'Eerdere contactmomenten' });
  await expect(log.getByRole('listitem')).toHaveCount(2);
  await expect(log.getByRole('listitem').first()).toContainText('Oppassen gaat goed.');
  await shoot(page, 'step6', lookBack);

  // Going back a step keeps everything: the family's view from step 1 is still there.
  await goToStep(pane, 1);
  await expect(pane.getByLabel('Wat houdt jullie tegen?')).toHaveValue('Linda wil niemand tot last zijn.');
  await expect(pane.getByLabel('Aantekeningen bij deze stap')).toHaveValue('Eerste gesprek aan de keukentafel.');
});

test('change an agreement and a meeting in place; the change survives a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const pane = await openCase(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await goToStep(pane, 6);

  const agreementForm = pane.getByRole('form', { name: 'Afspraak toevoegen' });
  await agreementForm.getByRole('group', { name: 'Met wie?' }).getByLabel('Oma Ans').check();
  await agreementForm.getByLabel('Waarover?').fill('Bijpraten');
  await agreementForm.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const meetingForm = pane.getByRole('form', { name: 'Contactmoment toevoegen' });
  await meetingForm.getByLabel('Datum').fill('2026-11-28');
  await meetingForm.getByLabel('Wat is er besproken?').fill('Eerste keer.');
  await meetingForm.getByRole('button', { name: 'Contactmoment toevoegen' }).click();

  // The agreement: open its editor with ✎, change who, how often, the channel and the text.
  const edit = pane.getByRole('button', { name: 'Afspraak A1 wijzigen' });
  await edit.click();
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  const editor = pane.getByRole('group', { name: 'Afspraak A1 wijzigen' });
  await editor.getByRole('group', { name: 'Met wie?' }).getByLabel('Buurman Henk').check();
  // The last person cannot be taken off: an agreement is always with someone.
  await editor.getByRole('group', { name: 'Met wie?' }).getByLabel('Oma Ans').uncheck();
  await editor.getByRole('group', { name: 'Met wie?' }).getByLabel('Buurman Henk').click();
  await expect(editor.getByRole('alert')).toContainText('minstens één persoon');
  await expect(editor.getByRole('group', { name: 'Met wie?' }).getByLabel('Buurman Henk')).toBeChecked();
  await editor.getByLabel('Hoe vaak?').selectOption({ label: 'Anders, namelijk' });
  await editor.getByLabel('Anders, namelijk', { exact: true }).fill('Elke eerste zondag');
  await editor.getByLabel('Anders, namelijk', { exact: true }).press('Enter');
  await editor.getByLabel('Hoe houden jullie contact?').selectOption('phone');
  await editor.getByLabel('Waarover?').fill('Bijpraten over school');
  await editor.getByLabel('Terugvalplan').fill('Linda belt de jeugdhulp');
  await editor.getByRole('button', { name: 'Klaar' }).click();
  await expect(edit).toBeFocused();
  const agreements = pane.getByRole('list', { name: 'Afspraken' });
  await expect(agreements).toContainText('Bijpraten over school');
  await expect(agreements).toContainText('Met: Buurman Henk');
  await expect(agreements).toContainText('Elke eerste zondag · Telefoon');
  await expect(agreements).toContainText('Terugvalplan: Linda belt de jeugdhulp');
  await expect(node(page, 'Buurman Henk')).toContainText('A1');
  await expect(node(page, 'Oma Ans')).not.toContainText('A1');

  // The meeting: change its date, who was there and the notes.
  await pane.getByRole('button', { name: 'Contactmoment van 28 november 2026 wijzigen' }).click();
  const meeting = pane.getByRole('group', { name: /^Contactmoment van .* wijzigen$/ });
  await meeting.getByLabel('Datum').fill('2026-11-27');
  await meeting.getByRole('group', { name: 'Wie waren er?' }).getByLabel('Linda').check();
  await meeting.getByLabel('Wat is er besproken?').fill('Eerste keer, met Linda.');
  await meeting.getByRole('button', { name: 'Klaar' }).click();
  const log = pane.getByRole('list', { name: 'Eerdere contactmomenten' });
  await expect(log).toContainText('27 november 2026');
  await expect(log).toContainText('Erbij: Linda');
  await expect(log).toContainText('Eerste keer, met Linda.');
  // A new meeting looks back on the changed notes.
  await expect(meetingForm.getByRole('region', { name: 'Terugblik op vorige keer' })).toContainText('Eerste keer, met Linda.');

  // Both changes survive a reload (autosave to IndexedDB).
  await page.waitForTimeout(1200);
  await page.reload();
  const again = page.getByRole('complementary', { name: 'Stappen' });
  await goToStep(again, 6);
  const agreementsAgain = again.getByRole('list', { name: 'Afspraken' });
  await expect(agreementsAgain).toContainText('Bijpraten over school');
  await expect(agreementsAgain).toContainText('Met: Buurman Henk');
  await expect(agreementsAgain).toContainText('Elke eerste zondag · Telefoon');
  await expect(agreementsAgain).toContainText('Terugvalplan: Linda belt de jeugdhulp');
  const logAgain = again.getByRole('list', { name: 'Eerdere contactmomenten' });
  await expect(logAgain).toContainText('27 november 2026');
  await expect(logAgain).toContainText('Erbij: Linda');
  await expect(logAgain).toContainText('Eerste keer, met Linda.');
});

test('change a strength in place; the change survives a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const pane = await openCase(page);
  await goToStep(pane, 4);
  await pane.getByRole('radio', { name: /^Sam/ }).check();
  const form = pane.getByRole('form', { name: 'Kracht toevoegen voor Sam' });
  await form.getByLabel('Antwoord').fill('Goed in voetbal');
  await form.getByRole('button', { name: 'Toevoegen' }).click();

  const edit = pane.getByRole('button', { name: 'Goed in voetbal wijzigen' });
  await edit.click();
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  const editor = pane.getByRole('group', { name: /wijzigen$/ });
  await editor.getByLabel('Vraag').selectOption({ label: 'Waar ben je trots op?' });
  await editor.getByLabel('Waarover?').selectOption({ label: 'Werken/leren' });
  await editor.getByLabel('Antwoord').fill('Keeper van het jaar');
  await editor.getByLabel('Antwoord').press('Enter');
  await editor.getByRole('button', { name: 'Klaar' }).click();
  const changed = pane.getByRole('button', { name: 'Keeper van het jaar wijzigen' });
  await expect(changed).toBeFocused();
  const item = pane.getByRole('definition').filter({ hasText: 'Keeper van het jaar' });
  await expect(item).toContainText('Trots op');
  await expect(pane.getByText('Goed in voetbal')).toHaveCount(0);

  await page.waitForTimeout(1200);
  await page.reload();
  const again = page.getByRole('complementary', { name: 'Stappen' });
  await goToStep(again, 4);
  await again.getByRole('radio', { name: /^Sam/ }).check();
  const itemAgain = again.getByRole('definition').filter({ hasText: 'Keeper van het jaar' });
  await expect(itemAgain).toContainText('Trots op');
  // Under "Werken/leren": the item sits in that domain's group.
  await expect(again.locator('.st-domain').filter({ hasText: 'Keeper van het jaar' }).locator('dt')).toHaveText('Werken/leren');
});

test('the step tabs work with the keyboard', async ({ page }) => {
  const pane = await openCase(page);
  await goToStep(pane, 2);
  await pane.getByRole('tab', { name: 'Stap 2', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(pane.getByRole('tab', { name: 'Stap 3', exact: true })).toBeFocused();
  await expect(pane.getByRole('tab', { name: 'Stap 3', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(pane.getByText('Hoe ziet jullie netwerk eruit?')).toBeVisible();
  await page.keyboard.press('End');
  await expect(pane.getByRole('tab', { name: 'Stap 6', exact: true })).toBeFocused();
  await expect(pane.getByText('Wat spreken we af over contactmomenten?')).toBeVisible();
});

test('an offer is linked to a need while it is written: person, text, tick, Toevoegen; one undo takes both back', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const pane = await openCase(page);
  await goToStep(pane, 2);
  const samForm = pane.getByRole('form', { name: 'Behoefte toevoegen voor Sam' });
  await samForm.getByLabel('Nieuwe behoefte van Sam').fill('Iemand om mee te praten');
  await samForm.getByRole('button', { name: 'Emotioneel (E)' }).click();
  await samForm.getByLabel('Nieuwe behoefte van Sam').fill('Hulp bij huiswerk');
  await samForm.getByRole('button', { name: 'Praktisch (P)' }).click();
  await goToStep(pane, 3);
  await expect(pane.getByText('2 van 2 behoeften nog zonder hulp uit het netwerk')).toBeVisible();

  let actions = 0;
  await pane.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Oma Ans' });
  actions++;
  const form = pane.getByRole('form', { name: 'Steun toevoegen voor Oma Ans' });
  await form.getByLabel('Wat kan Oma Ans bieden?').fill('Luistert naar Sam');
  actions++;
  // Open needs are listed, and said to be open in words.
  const need = form.getByRole('checkbox', { name: /Iemand om mee te praten \(Sam, nog niemand\)/ });
  await need.check();
  actions++;
  // The kind follows the need that was ticked (emotioneel), unless chosen by hand.
  await expect(form.getByLabel('Soort steun van Oma Ans')).toHaveValue('emotional');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  actions++;
  expect(actions).toBeLessThanOrEqual(4);

  await expect(pane.getByRole('list', { name: 'Steun van Oma Ans' })).toContainText('Helpt bij: Iemand om mee te praten');
  const coverage = pane.getByRole('list', { name: 'Wie helpt bij welke behoefte?' });
  await expect(coverage.getByRole('listitem').filter({ hasText: 'Iemand om mee te praten' })).toContainText('Geholpen door: Oma Ans');
  await expect(pane.getByText('1 van 2 behoeften nog zonder hulp uit het netwerk')).toBeVisible();
  // The form is empty again, the covered need no longer marked open.
  await expect(form.getByLabel('Wat kan Oma Ans bieden?')).toHaveValue('');
  await expect(form.getByLabel('Wat kan Oma Ans bieden?')).toBeFocused();
  await expect(form.getByRole('checkbox', { name: /Iemand om mee te praten \(Sam\)/ })).not.toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('offer-linked.png') });

  // One undo step: the offer and its link go together.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(pane.getByText('2 van 2 behoeften nog zonder hulp uit het netwerk')).toBeVisible();
  await expect(pane.getByRole('list', { name: 'Steun van Oma Ans' })).toHaveCount(0);
});

test('need by need: who helps, what they do, Toevoegen (three actions); a practical advice need is entered and survives reload and export', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const pane = await openCase(page);
  await goToStep(pane, 2);
  const lindaForm = pane.getByRole('form', { name: 'Behoefte toevoegen voor Linda' });
  await lindaForm.getByLabel('Nieuwe behoefte van Linda').fill('Hulp bij verzekeringsformulieren');
  await lindaForm.getByRole('button', { name: 'Advies (A)' }).click();
  // Advice is social-emotional by the paper ecogram's rule; this advice is practical help.
  await pane.getByRole('button', { name: 'Hulp bij verzekeringsformulieren wijzigen' }).click();
  const edit = pane.getByRole('form', { name: 'Hulp bij verzekeringsformulieren wijzigen' });
  await expect(edit.getByLabel('Soort', { exact: true })).toHaveValue('advice');
  await edit.getByLabel('Sociaal-emotioneel of praktisch').selectOption('practical');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  const lindaNeeds = pane.getByRole('list', { name: 'Behoeften van Linda' });
  await expect(lindaNeeds).toContainText('Advies (A), praktisch');

  // Step 3: under the open need, who helps and what they do.
  await goToStep(pane, 3);
  const coverage = pane.getByRole('list', { name: 'Wie helpt bij welke behoefte?' });
  const row = coverage.getByRole('listitem').filter({ hasText: 'Hulp bij verzekeringsformulieren' });
  await expect(row).toContainText('Nog niemand');
  const help = row.getByRole('form', { name: 'Wie helpt bij "Hulp bij verzekeringsformulieren"?' });
  let actions = 0;
  await help.getByLabel('Wie helpt bij "Hulp bij verzekeringsformulieren"?').selectOption({ label: 'Buurman Henk' });
  actions++;
  await help.getByLabel('Wat doet die persoon bij "Hulp bij verzekeringsformulieren"?').fill('Kijkt de formulieren samen met Linda na');
  actions++;
  await help.getByRole('button', { name: 'Toevoegen' }).click();
  actions++;
  expect(actions).toBe(3);
  await expect(row).toContainText('Geholpen door: Buurman Henk');
  // The form stays while it is used: a second helper for the same need, three actions again.
  await expect(help.getByLabel('Wie helpt bij "Hulp bij verzekeringsformulieren"?')).toBeFocused();
  await help.getByLabel('Wie helpt bij "Hulp bij verzekeringsformulieren"?').selectOption({ label: 'Oma Ans' });
  await help.getByLabel('Wat doet die persoon bij "Hulp bij verzekeringsformulieren"?').fill('Belt de verzekering');
  await page.keyboard.press('Enter');
  await expect(row).toContainText('Geholpen door: Buurman Henk, Oma Ans');
  await page.screenshot({ path: testInfo.outputPath('need-help.png') });

  // The offer took the need's kind, and is linked to it; all of it survives a reload and the export.
  // (As a user would: the last change is saved before the page is reloaded.)
  await expect(page.getByText('Bewaard op dit apparaat')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Familie Stappen');
  const pane2 = page.getByRole('complementary', { name: 'Stappen' });
  await goToStep(pane2, 2);
  await expect(pane2.getByRole('list', { name: 'Behoeften van Linda' })).toContainText('Advies (A), praktisch');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  const file = await (await download).path();
  const doc = JSON.parse(await readFile(file!, 'utf8'));
  const need = doc.needs.find((n: { text: string }) => n.text === 'Hulp bij verzekeringsformulieren');
  expect(need).toMatchObject({ of: 'p-linda', type: 'practical', category: 'advice' });
  const offers = doc.offers.filter((o: { needIds?: string[] }) => o.needIds?.includes(need.id));
  expect(offers.map((o: { by: string }) => o.by).sort()).toEqual(['p-ans', 'p-henk']);
  expect(offers[0]).toMatchObject({ type: 'practical', category: 'advice' });
});

test('"Bekijk als" leaves strained contacts between others off the map and says so', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Voorbeeld: familie De Vries');
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  const pane = page.getByRole('complementary', { name: 'Stappen' });
  await goToStep(pane, 5);
  const tie = (a: string, b: string) => page.locator('.react-flow__edge').and(page.getByRole('img', { name: `Band tussen ${a} en ${b}` }));
  await expect(tie('Linda Bakker', 'Mark de Vries')).toHaveCount(1);
  await pane.getByLabel('Bekijk als ...').selectOption({ label: 'Daan' });
  await expect(pane.getByRole('region', { name: 'Wat mag Daan weten?' })).toContainText('Daan ziet niet hoe het tussen anderen gaat als het moeilijk is: 3 lijnen zijn van de kaart gehaald.');
  await expect(tie('Linda Bakker', 'Mark de Vries')).toHaveCount(0);
  await expect(tie('Sam', 'Daan')).toHaveCount(1);
  await pane.getByRole('button', { name: 'Stop voorbeeld' }).click();
  await expect(tie('Linda Bakker', 'Mark de Vries')).toHaveCount(1);
});
