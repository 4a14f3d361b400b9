/**
 * The difference map of the snapshot-family fixture (two months apart): Trainer Kees joined,
 * Buurvrouw Ans left (a ghost in her old wedge and ring), Oma Riet moved from ring 3 to 2 (an
 * arrow), the tie Oma Riet – Sam changed from stressful to strong. Marked with words, so it
 * reads without colour.
 */
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { drawDiffMap } from '../../../src/draw/diffMap';
import { toSvgString } from '../../../src/draw/render';
import type { SvgNode } from '../../../src/draw/svg';
import { changeFacts, familySummary } from '../../../src/graph/diff';
import { parseCase } from '../../../src/graph/parse';
import type { CaseDocument, ViewName } from '../../../src/graph/schema';
import { changeGroups, familyLines } from '../../../src/i18n/snapshots';
import { comparisonLayout } from '../../../src/layout/comparison';
import { snapshotDocument, viewOf, freezeLayout } from '../../../src/layout/moment';
import { placeAt } from '../../../src/layout/netwerkkaartGeometry';
import { VALID } from '../../fixtures';

function fixture(): { then: CaseDocument; now: CaseDocument } {
  const read = parseCase(readFileSync(VALID.snapshotFamily, 'utf8'));
  if (!read.ok) throw new Error(read.error.code);
  return { then: snapshotDocument(read.value.snapshots[0]!), now: read.value };
}

function find(node: SvgNode | string, pred: (n: SvgNode) => boolean, out: SvgNode[] = []): SvgNode[] {
  if (typeof node === 'string') return out;
  if (pred(node)) out.push(node);
  for (const c of node.children ?? []) find(c, pred, out);
  return out;
}
const texts = (node: SvgNode | string): string[] => (typeof node === 'string' ? [node] : (node.children ?? []).flatMap(texts));

async function diffOf(view: ViewName) {
  const { then, now } = fixture();
  const elk = new ELK();
  const facts = changeFacts(then, now);
  const [before, after] = [await viewOf(then, view, elk), await viewOf(now, view, elk)];
  const layout = comparisonLayout(view, now, { before: before.positions, after: after.positions }, facts, after.geometry);
  return { then, now, facts, layout, drawing: drawDiffMap({ view, after: now, facts, ...layout }) };
}

describe('the difference map', () => {
  it('netwerkkaart: new, gone (in her old wedge and ring), moved with an arrow, changed tie', async () => {
    const { drawing, layout, then } = await diffOf('netwerkkaart');
    const kinds = new Map(find(drawing.node, (n) => n.attrs?.['data-person-id'] !== undefined).map((n) => [n.attrs!['data-person-id'], n.attrs!['data-diff']]));
    expect(kinds.get('p-kees')).toBe('new');
    expect(kinds.get('p-ans')).toBe('gone');
    expect(kinds.get('p-riet')).toBe('moved');
    expect(kinds.get('p-sam')).toBe('same');
    const ans = then.people.find((p) => p.id === 'p-ans')!;
    expect(placeAt(layout.geometry!, layout.places.positions.get('p-ans')!)).toEqual({ sector: ans.sector, closeness: ans.closeness });
    expect(placeAt(layout.geometry!, layout.places.movedFrom.get('p-riet')!)).toEqual({ sector: 'family', closeness: 3 });
    expect(find(drawing.node, (n) => n.attrs?.['data-part'] === 'move-arrow')).toHaveLength(1);
    const words = texts(drawing.node);
    expect(words).toContain('nieuw');
    expect(words).toContain('weg');
    expect(words).toContain('ring 3 → 2');
    expect(words).toContain('gewijzigd (was belastend)');
    const svg = toSvgString(drawing.node);
    expect(svg).not.toMatch(/foreignObject|<marker|mask=|filter=/);
  });

  it('genogram: the ghost stands where she stood, everyone else where they stand now', async () => {
    const { drawing, layout } = await diffOf('genogram');
    expect(layout.geometry).toBeUndefined();
    const kinds = find(drawing.node, (n) => n.attrs?.['data-diff'] === 'new').map((n) => n.attrs!['data-person-id']);
    // Kees is no relative: he is not in the genogram, so he is not drawn there.
    expect(kinds).toEqual([]);
    expect(drawing.people.map((p) => p.id).sort()).toEqual(['p-linda', 'p-riet', 'p-sam']);
  });

  it('a snapshot with a frozen layout is drawn where it was frozen', async () => {
    const { now } = fixture();
    const elk = new ELK();
    const layout = await freezeLayout(now, elk);
    const frozen = snapshotDocument({ id: 's', takenAt: '2026-12-01', label: 'x', data: now, layout });
    const moved = { ...now, layout: { netwerkkaart: { 'p-riet': { x: 999, y: 999 } } } };
    // Frozen to a tenth of a pixel.
    const near = (a: Map<string, { x: number; y: number }>, b: Map<string, { x: number; y: number }>) => {
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      for (const [id, p] of a) expect(Math.hypot(p.x - b.get(id)!.x, p.y - b.get(id)!.y)).toBeLessThan(0.1);
    };
    near(new Map((await viewOf(frozen, 'netwerkkaart', elk)).positions), new Map((await viewOf(now, 'netwerkkaart', elk)).positions));
    near(new Map((await viewOf(frozen, 'genogram', elk)).positions), new Map((await viewOf(now, 'genogram', elk)).positions));
    // ... and stays so when the case's own map changes afterwards.
    expect((await viewOf(moved, 'netwerkkaart', elk)).positions.get('p-riet')).toEqual({ x: 999, y: 999 });
  });
});

describe('the change list, in Dutch', () => {
  it('starts with what changed for the family, then the groups', () => {
    const { then, now } = fixture();
    const facts = changeFacts(then, now);
    const lines = familyLines(familySummary(then, now, facts));
    expect(lines[0]).toBe('Nu gedekt: "Vervoer naar voetbal", door Trainer Kees.');
    expect(lines).toContain('Aanbod toen: 0 door het eigen netwerk, 2 door professionals (0% eigen netwerk).');
    expect(lines).toContain('Aanbod nu: 2 door het eigen netwerk, 1 door professionals (67% eigen netwerk).');
    expect(lines).toContain('Er is steun verschoven van professionals naar het eigen netwerk (0% → 67%).');
    const groups = new Map(changeGroups(facts, then, now).map((g) => [g.title, g.lines]));
    expect(groups.get('Erbij gekomen')).toEqual(['Trainer Kees (vrije tijd, ring 2 (middel))']);
    expect(groups.get('Niet meer in het netwerk')).toEqual(['Buurvrouw Ans (was buurt, ring 3 (verder weg))']);
    expect(groups.get('Verplaatst')).toEqual(['Oma Riet: van ring 3 naar ring 2']);
    expect(groups.get('Banden')).toContain('Oma Riet – Sam: van belastend naar sterk; richting van de steun: was geen richting, nu naar Sam');
    expect(groups.get('Banden')).toContain('Weg: Buurvrouw Ans – Mama Linda (was zwak)');
    expect(groups.get('Toestemming (stap 5)')).toEqual(['Oma Riet, "Schoolwissel": van nog niet besloten naar mag weten']);
    expect(groups.get('Afspraken (stap 6)')).toEqual(['Nieuw: "Kees haalt Sam op zaterdag op"']);
  });
});

describe('the genogram difference map', () => {
  it("draws a partner who left as a ghost, with the family lines that went with him grey and dashed", async () => {
    const { caseWith, parentRel, partnerRel, person } = await import('../graph/helpers');
    const then = caseWith(
      [person('sam', { name: 'Sam', focus: true }), person('linda', { name: 'Linda', gender: 'female' }), person('piet', { name: 'Piet', gender: 'male' })],
      [partnerRel('r1', 'piet', 'linda', 'divorced'), parentRel('r2', 'linda', 'sam'), parentRel('r3', 'piet', 'sam')],
    );
    const now = { ...then, people: then.people.filter((p) => p.id !== 'piet'), relations: [then.relations[1]!] };
    const elk = new ELK();
    const facts = changeFacts(then, now);
    const [before, after] = [await viewOf(then, 'genogram', elk), await viewOf(now, 'genogram', elk)];
    const layout = comparisonLayout('genogram', now, { before: before.positions, after: after.positions }, facts);
    const drawing = drawDiffMap({ view: 'genogram', after: now, facts, ...layout });
    const ghostLines = find(drawing.node, (n) => n.attrs?.['data-diff'] === 'gone' && n.attrs?.['stroke-dasharray'] === '4 3');
    expect(ghostLines).toHaveLength(1);
    expect(find(ghostLines[0]!, (n) => n.tag === 'polyline').length).toBeGreaterThan(0);
    expect(find(drawing.node, (n) => n.attrs?.['aria-label'] === 'Piet: weg')).toHaveLength(1);
    // On his old row, clear of everyone standing there now.
    const piet = layout.places.positions.get('piet')!;
    expect(piet.y).toBe(before.positions.get('piet')!.y);
    for (const [, q] of after.positions) expect(Math.abs(q.x - piet.x) >= 84 || Math.abs(q.y - piet.y) >= 40).toBe(true);
  });

  it('a ghost steps aside on its row when someone stands on its old spot now', async () => {
    const { diffPlaces } = await import('../../../src/layout/diffPlaces');
    const { person } = await import('../graph/helpers');
    const places = diffPlaces({
      view: 'genogram',
      before: new Map([['piet', { x: 0, y: 20 }]]),
      after: new Map([['jan', { x: 0, y: 20 }], ['linda', { x: 84, y: 20 }]]),
      left: [person('piet')],
      moved: [],
    });
    expect(places.positions.get('piet')).toEqual({ x: -84, y: 20 });
  });
});
