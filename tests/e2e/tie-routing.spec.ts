/**
 * Ties do not run through other people's symbols (issue 10): a line through someone reads as a
 * tie to them. Where the straight line would cross a third person's symbol it bows around it,
 * on the screen's netwerkkaart and while a person is dragged onto a line.
 */
import { expect, test, type Page } from '@playwright/test';
import { centreOf, expectSaved, openApp, personNode } from './canvasHelpers';
import { storedOpenCase } from './helpers/app';

interface Crossing {
  tie: string;
  person: string;
}

/**
 * Every place where a drawn tie passes over the symbol of someone who is not one of its two ends:
 * points every 2 px along each tie's drawn line, against each symbol outline's box on screen.
 */
async function crossings(page: Page, ends: Record<string, [string, string]>): Promise<Crossing[]> {
  return page.evaluate((tieEnds) => {
    const symbols = [...document.querySelectorAll<SVGGraphicsElement>('.react-flow__node[data-id] [data-part="outline"]')].map((el) => ({
      id: el.closest('.react-flow__node')!.getAttribute('data-id')!,
      box: el.getBoundingClientRect(),
    }));
    const out: Array<{ tie: string; person: string }> = [];
    for (const g of document.querySelectorAll<SVGGElement>('.nk-tie[data-relation-id]')) {
      const id = g.getAttribute('data-relation-id')!;
      const [from, to] = tieEnds[id] ?? ['', ''];
      for (const line of g.querySelectorAll<SVGPathElement>('[data-part="line"], [data-part="zigzag"]')) {
        const m = line.getScreenCTM()!;
        const length = line.getTotalLength();
        for (let t = 0; t <= length; t += 2) {
          const p = new DOMPoint(line.getPointAtLength(t).x, line.getPointAtLength(t).y).matrixTransform(m);
          for (const s of symbols) {
            if (s.id === from || s.id === to) continue;
            const b = s.box;
            if (p.x > b.left + 1 && p.x < b.right - 1 && p.y > b.top + 1 && p.y < b.bottom - 1) out.push({ tie: id, person: s.id });
          }
        }
      }
    }
    return [...new Map(out.map((c) => [`${c.tie}|${c.person}`, c])).values()];
  }, ends);
}

test('ties bow around other people’s symbols on the netwerkkaart, also for a person dragged onto a line', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Netwerkkaart' }).click();
  await expectSaved(page);
  const doc = (await storedOpenCase(page))!;
  const ends: Record<string, [string, string]> = {};
  for (const r of doc.relations) if (r.kind === 'tie') ends[r.id] = [r.from, r.to];
  const id = (name: string) => doc.people.find((p) => p.name === name)!.id;
  await expect(page.locator('.nk-tie')).toHaveCount(Object.keys(ends).length);

  // Straight, some of the demo's lines would cross someone (Sam's line to Mark runs over Oma Ans): they are bent.
  await expect(page.locator('.nk-tie[data-bent="true"]').first()).toBeVisible();
  expect(await crossings(page, ends)).toEqual([]);

  // Drag Lotte onto the middle of the straight line from Sam to Noor: the line steps aside.
  const tieId = doc.relations.find((r) => r.kind === 'tie' && [r.from, r.to].includes(id('Sam')) && [r.from, r.to].includes(id('Noor de Vries')))!.id;
  const tie = page.locator(`.nk-tie[data-relation-id="${tieId}"]`);
  await expect(tie).not.toHaveAttribute('data-bent', 'true');
  const middle = await tie.locator('[data-part="line"]').evaluate((line: SVGPathElement) => {
    const p = line.getPointAtLength(line.getTotalLength() / 2);
    const q = new DOMPoint(p.x, p.y).matrixTransform(line.getScreenCTM()!);
    return { x: q.x, y: q.y };
  });
  const lotte = personNode(page, 'Lotte');
  const start = await centreOf(lotte.locator('[data-part="outline"]'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + ((middle.x - start.x) * i) / 12, start.y + ((middle.y - start.y) * i) / 12);
  // While Lotte is held over it, the line already bows around her.
  await expect(tie).toHaveAttribute('data-bent', 'true');
  await page.mouse.up();
  // Where she lands (the drop may settle her a little off the line), no line runs through anyone.
  expect(await crossings(page, ends)).toEqual([]);
});
