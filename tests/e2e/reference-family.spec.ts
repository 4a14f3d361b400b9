/**
 * The reference family of issue 9, drawn through the UI only, as a professional would during a
 * conversation, at 1280x800: 20 people, their partner and parent relations, 11 ties, 7 needs and
 * 8 offers. Every user action is counted (a click, a tap, a drag, a typed field value, a key, a
 * choice in a dropdown counts one); the goal is 150 (it took 346 before), see BUDGET. On the way it checks
 * that no person who was not touched moves on the netwerkkaart (the stored positions of everyone
 * else, before and after each add and drag, 1 px), and that after each add in the netwerkkaart the
 * whole circle and every sector label is in view.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { CaseDocument } from '../../src/graph/schema';
import { centreOf, clickInSector, coveredBy, connect, openApp, personNode, startEmptyCase } from './canvasHelpers';
import { storedOpenCase } from './helpers/app';

/**
 * Issue 9 asks for at most 150. Measured with this family: 149 (was 346, then 162 before needs
 * were added with a tap on their kind, offers written under the need they cover, and a conflict
 * no longer asked a direction); the test keeps that figure from growing.
 */
const BUDGET = 149;
const GOAL = 150;
const SECTOR_LABELS = ['Huishouden', 'Familie', 'Vrienden', 'School/werk', 'Buurt', 'Vrije tijd', 'Geloof', 'Professionals', 'Overig'];

class Conversation {
  actions = 0;
  /** People whose netwerkkaart place may change in the current step (the one added or dragged). */
  private moved = 0;
  constructor(readonly page: Page) {}

  count(n = 1) {
    this.actions += n;
  }
  async click(target: Locator) {
    await target.click();
    this.count();
  }
  async button(name: string) {
    await this.click(this.page.getByRole('button', { name, exact: true }));
  }
  async type(field: Locator, text: string) {
    await field.fill(text);
    this.count();
  }
  async key(key: string) {
    await this.page.keyboard.press(key);
    this.count();
  }

  /** Waits for the stored case to hold `people` people, then checks nobody untouched moved. */
  async holdsStill(before: CaseDocument | undefined, people: number, touched: string) {
    let after: CaseDocument | undefined;
    await expect
      .poll(async () => {
        after = await storedOpenCase(this.page);
        return after?.people.length;
      }, { timeout: 5000 })
      .toBe(people);
    const touchedId = after!.people.find((p) => p.name === touched)?.id;
    const was = before?.layout?.netwerkkaart ?? {};
    const now = after!.layout?.netwerkkaart ?? {};
    for (const [id, p] of Object.entries(was)) {
      if (id === touchedId) continue;
      const q = now[id];
      const name = after!.people.find((x) => x.id === id)?.name;
      expect(q, `${name} is still on the netwerkkaart after ${touched}`).toBeDefined();
      expect(Math.abs(q!.x - p.x), `${name} moved when ${touched} was added or moved`).toBeLessThanOrEqual(1);
      expect(Math.abs(q!.y - p.y), `${name} moved when ${touched} was added or moved`).toBeLessThanOrEqual(1);
      this.moved++;
    }
    return after!;
  }

  get checkedPlaces() {
    return this.moved;
  }
}

/** The whole circle and every sector label inside the map. */
async function wholeMapInView(page: Page) {
  const canvas = (await page.locator('.nk-canvas').boundingBox())!;
  const inside = (b: { x: number; y: number; width: number; height: number }) =>
    b.x >= canvas.x - 1 && b.y >= canvas.y - 1 && b.x + b.width <= canvas.x + canvas.width + 1 && b.y + b.height <= canvas.y + canvas.height + 1;
  const circle = (await page.locator('.nk-layer--ecogram circle').first().boundingBox())!;
  expect(inside(circle), 'the whole circle is in view').toBe(true);
  for (const label of SECTOR_LABELS) {
    const box = (await page.locator('.nk-layer--ecogram text', { hasText: label }).first().boundingBox())!;
    expect(inside(box), `the sector label ${label} is in view`).toBe(true);
  }
}

test('the reference family (20 people, 11 ties, 7 needs, 8 offers) in at most 150 actions, and the netwerkkaart holds still', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await startEmptyCase(page);
  const c = new Conversation(page);
  const map = page.getByRole('toolbar', { name: 'Kaartwerkbalk' });
  const editor = page.getByRole('group', { name: 'Relatie aanpassen' });

  /** Name field of the genogram's relative buttons (or a new person): type what is said, Enter. */
  const say = async (field: string, text: string, gender?: 'Man' | 'Vrouw') => {
    const input = page.getByRole('textbox', { name: field });
    await expect(input).toBeFocused();
    await c.type(input, text);
    if (gender) await c.click(page.getByRole('button', { name: gender, exact: true }));
    await c.key('Enter');
    await expect(input).toBeHidden();
  };
  const status = async (label: string) => {
    // The question docks where it hides nobody (it once sat over Oma Riet).
    await expect(editor.getByRole('button', { name: label, exact: true })).toBeVisible();
    expect(await coveredBy(page, editor), `the editor for "${label}" hides nobody`).toEqual([]);
    await c.click(editor.getByRole('button', { name: label, exact: true }));
    await expect(editor).toBeHidden();
  };
  const select = async (name: string) => {
    await c.click(personNode(page, name));
  };
  let doc: CaseDocument | undefined;
  const added = async (name: string) => {
    doc = await c.holdsStill(doc, (doc?.people.length ?? 0) + 1, name);
  };

  // 1. The genogram, while the family tells who is who (a new case opens on the genogram).
  await c.click(map.getByRole('button', { name: 'Persoon toevoegen' }));
  await say('Naam van nieuwe persoon', 'Sam 2012', 'Man');
  await added('Sam');
  await c.button('Ouder toevoegen');
  await say('Naam van de ouder', 'Linda Bakker 1982', 'Vrouw');
  await added('Linda Bakker');
  await select('Sam');
  await c.button('Ouder toevoegen');
  await say('Naam van de ouder', 'Mark de Vries 1980', 'Man');
  await status('Gescheiden'); // Linda and Mark: asked at once
  await added('Mark de Vries');
  await c.button('Partner toevoegen');
  await say('Naam van de partner', 'Esther de Vries 1986', 'Vrouw');
  await status('Getrouwd');
  await added('Esther de Vries');
  await c.button('Kind toevoegen');
  await say('Naam van het kind', 'Noor de Vries 2020', 'Vrouw');
  await added('Noor de Vries');
  await select('Mark de Vries');
  await c.button('Ouder toevoegen');
  await say('Naam van de ouder', 'Opa Jan 1950-2021');
  await added('Opa Jan');
  await select('Mark de Vries');
  await c.button('Ouder toevoegen');
  await say('Naam van de ouder', 'Oma Riet 1953');
  await status('Weduwe/weduwnaar');
  await added('Oma Riet');
  await select('Linda Bakker');
  await c.button('Ouder toevoegen');
  await say('Naam van de ouder', 'Oma Ans Bakker 1956');
  await added('Oma Ans Bakker');
  await c.button('Kind toevoegen');
  await say('Naam van het kind', 'Tante Karin 1985');
  await added('Tante Karin');
  await c.button('Partner toevoegen');
  await say('Naam van de partner', 'Oom Bas 1983');
  await status('Samenwonend');
  await added('Oom Bas');
  await c.button('Kind toevoegen');
  await say('Naam van het kind', 'Mila 2015', 'Vrouw');
  await added('Mila');
  const familyActions = c.actions;
  // The genogram grew by a generation on each side, and the view took everyone in (it used to
  // keep only the selected person in place, with most of the family off screen).
  await expect
    .poll(async () => {
      const canvas = (await page.locator('.nk-canvas').boundingBox())!;
      const boxes = await page.locator('.nk-canvas .react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON()));
      return boxes.filter((b) => b.x < canvas.x - 1 || b.y < canvas.y - 1 || b.right > canvas.x + canvas.width + 1 || b.bottom > canvas.y + canvas.height + 1).length;
    }, { message: 'people of the genogram outside the view' })
    .toBe(0);
  await page.screenshot({ path: testInfo.outputPath('genogram.png') });

  // 2. The netwerkkaart: everyone else, where the family puts them.
  await c.click(page.getByRole('tab', { name: 'Netwerkkaart' }));
  await wholeMapInView(page);
  const others: Array<[string, string, 1 | 2 | 3]> = [
    ['Daan 2012', 'Vrienden', 1],
    ['Lotte 2013', 'Vrienden', 2],
    ['Buurman Henk 1961', 'Buurt', 2],
    ['Buurvrouw Els', 'Buurt', 3],
    ['Kees 1976', 'Vrije tijd', 1],
    ['Coach Tim', 'Vrije tijd', 2],
    ['Mevrouw Meijer', 'School/werk', 2],
    ['Fatima', 'Professionals', 1],
    ['Dokter Yilmaz', 'Professionals', 3],
  ];
  for (const [text, sector, ring] of others) {
    await clickInSector(page, sector, ring);
    c.count();
    await say('Naam van nieuwe persoon', text);
    await added(text.replace(/ \d{4}$/, ''));
    await wholeMapInView(page);
  }
  expect(doc!.people).toHaveLength(20);

  // Two people the family wants elsewhere: a drag each, and nobody else moves.
  const drag = async (name: string, sector: string, ring: 1 | 2 | 3, turn: number) => {
    const from = await centreOf(personNode(page, name));
    const rings = page.locator('.nk-layer--ecogram [data-part="ring"]');
    const centre = await centreOf(rings.first());
    const label = await centreOf(page.locator('.nk-layer--ecogram text', { hasText: sector }).first());
    const inner = (await rings.nth(ring - 1).boundingBox())!.width / 2;
    const outer = ring === 3 ? (await page.locator('.nk-layer--ecogram circle').first().boundingBox())!.width / 2 : (await rings.nth(ring).boundingBox())!.width / 2;
    const a = Math.atan2(label.y - centre.y, label.x - centre.x) + turn;
    const to = { x: centre.x + Math.cos(a) * ((inner + outer) / 2), y: centre.y + Math.sin(a) * ((inner + outer) / 2) };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
    await page.mouse.up();
    c.count();
    let after: CaseDocument | undefined;
    await expect
      .poll(async () => {
        after = await storedOpenCase(page);
        const p = after?.people.find((x) => x.name === name);
        return p ? `${p.sector} ${p.closeness}` : '';
      })
      .not.toBe(`${doc!.people.find((x) => x.name === name)!.sector} ${doc!.people.find((x) => x.name === name)!.closeness}`);
    doc = await c.holdsStill(doc, 20, name);
  };
  await drag('Oma Ans Bakker', 'Familie', 1, 0.12);
  await drag('Tante Karin', 'Familie', 2, -0.12);

  // 3. Ties: drag from one to the other, the quality, the direction.
  const ties: Array<[string, string, string, string]> = [
    ['Linda Bakker', 'Sam', 'Sterk', 'Beide kanten op'],
    ['Mark de Vries', 'Sam', 'Belastend', 'Beide kanten op'],
    ['Oma Ans Bakker', 'Sam', 'Sterk', 'Steun naar de ander'],
    ['Sam', 'Daan', 'Sterk', 'Beide kanten op'],
    ['Sam', 'Lotte', 'Gewoon', 'Beide kanten op'],
    ['Kees', 'Sam', 'Sterk', 'Steun naar de ander'],
    ['Mevrouw Meijer', 'Sam', 'Gewoon', 'Steun naar de ander'],
    ['Fatima', 'Linda Bakker', 'Gewoon', 'Steun naar de ander'],
    ['Tante Karin', 'Linda Bakker', 'Sterk', 'Beide kanten op'],
    ['Buurman Henk', 'Linda Bakker', 'Gewoon', 'Steun naar de ander'],
    ['Linda Bakker', 'Mark de Vries', 'Conflict', ''],
  ];
  for (const [a, b, quality, flow] of ties) {
    await connect(page, personNode(page, a), personNode(page, b));
    c.count();
    await c.click(page.getByRole('menuitem', { name: `Contact: ${quality.toLowerCase()}` }));
    // A conflict carries no support: its direction is not asked.
    if (flow) await c.click(page.getByRole('menu', { name: 'Richting van steun kiezen' }).getByRole('menuitem', { name: flow }));
    else await expect(page.getByRole('menu', { name: 'Richting van steun kiezen' })).toBeHidden();
  }
  await expect.poll(async () => (await storedOpenCase(page))?.relations.filter((r) => r.kind === 'tie').length).toBe(11);
  await page.screenshot({ path: testInfo.outputPath('netwerkkaart.png') });

  // 4. Step 2: the needs of Sam, Linda and Mark.
  await c.click(page.getByRole('tab', { name: /^Stap 2/ }));
  const needs: Array<[string, string, string]> = [
    ['Sam', 'Iemand om mee te praten als het thuis moeilijk is', 'Emotioneel (E)'],
    ['Sam', 'Hulp bij het plannen van huiswerk', 'Praktisch (P)'],
    ['Sam', 'Samen iets leuks doen in het weekend', 'Gezelschap (G)'],
    ['Linda Bakker', 'Af en toe een avond voor zichzelf', 'Praktisch (P)'],
    ['Linda Bakker', 'Vervoer van Sam naar voetbal op zaterdag', 'Praktisch (P)'],
    ['Linda Bakker', 'Advies over afspraken met Mark', 'Advies (A)'],
    ['Mark de Vries', 'Contact met Sam zonder ruzie', 'Advies (A)'],
  ];
  for (const [who, text, kind] of needs) {
    const form = page.getByRole('form', { name: `Behoefte toevoegen voor ${who}` });
    await c.type(form.getByLabel(`Nieuwe behoefte van ${who}`), text);
    // One tap on its kind adds it.
    await c.click(form.getByRole('button', { name: kind, exact: true }));
  }
  await expect.poll(async () => (await storedOpenCase(page))?.needs.length).toBe(7);

  // 5. Step 3: need by need, who helps and what they do (the offer is linked to the need it is
  // written under).
  await c.click(page.getByRole('tab', { name: /^Stap 3/ }));
  const offers: Array<[string, string, string]> = [
    ['Oma Ans Bakker', 'Sam kan altijd bij oma langskomen om te praten', 'Iemand om mee te praten als het thuis moeilijk is'],
    ['Oma Ans Bakker', 'Sam logeert één weekend per maand bij oma', 'Af en toe een avond voor zichzelf'],
    ['Kees', 'Praat na de training even met Sam', 'Iemand om mee te praten als het thuis moeilijk is'],
    ['Tante Karin', 'Helpt op woensdag met huiswerk plannen', 'Hulp bij het plannen van huiswerk'],
    ['Daan', 'Samen gamen en voetballen', 'Samen iets leuks doen in het weekend'],
    ['Buurman Henk', 'Rijdt Sam op zaterdag naar voetbal', 'Vervoer van Sam naar voetbal op zaterdag'],
    ['Fatima', 'Bemiddelt bij afspraken tussen Linda en Mark', 'Advies over afspraken met Mark'],
    ['Oma Riet', 'Belt Mark elke week', 'Contact met Sam zonder ruzie'],
  ];
  for (const [who, text, need] of offers) {
    const form = page.getByRole('form', { name: `Wie helpt bij "${need}"?` });
    await form.getByLabel(`Wie helpt bij "${need}"?`).selectOption({ label: who });
    c.count();
    await c.type(form.getByLabel(`Wat doet die persoon bij "${need}"?`), text);
    await c.click(form.getByRole('button', { name: 'Toevoegen' }));
  }
  await expect.poll(async () => (await storedOpenCase(page))?.offers.length).toBe(8);

  // What was drawn is right.
  const final = (await storedOpenCase(page))!;
  const id = (name: string) => final.people.find((p) => p.name === name)!.id;
  expect(final.people).toHaveLength(20);
  const family = final.relations.filter((r) => r.kind === 'partner' || r.kind === 'parent');
  expect(family.filter((r) => r.kind === 'partner')).toHaveLength(4);
  expect(family.filter((r) => r.kind === 'parent')).toHaveLength(10);
  expect(final.relations.find((r) => r.kind === 'partner' && [r.from, r.to].includes(id('Linda Bakker')))).toMatchObject({ status: 'divorced' });
  expect(final.people.find((p) => p.name === 'Opa Jan')).toMatchObject({ gender: 'male', birthYear: 1950, deathYear: 2021, deceased: true });
  for (const need of final.needs) expect(final.offers.some((o) => o.needIds?.includes(need.id)), `need "${need.text}" is covered`).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('step3.png') });

  testInfo.annotations.push({ type: 'actions', description: `family ${familyActions}, total ${c.actions}, places checked ${c.checkedPlaces}` });
  console.log(`reference family: ${c.actions} actions (genogram ${familyActions}; goal ${GOAL}); ${c.checkedPlaces} untouched places checked`);
  expect(c.actions).toBeLessThanOrEqual(BUDGET);
});
