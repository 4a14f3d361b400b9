import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { genogramConnectors, type Connector } from '../../../src/layout/connectors';
import { layoutGenogram } from '../../../src/layout/genogram';
import { FamilyBuilder } from '../../../src/layout/genogramGenerate';
import { SYMBOL_SIZE } from '../../../src/layout/metrics';
import { drawGenogramConnectors, LINE_STROKE } from '../../../src/draw/genogramConnectors';
import { birthAndAdoptive, multiPartner, sameSex, twoFamilies } from './genogramFamilies';
import { pts } from '../canvas/fixtures';

const elk = new ELK();
const of = (cs: Connector[], kind: Connector['kind'], unionId?: string) =>
  cs.filter((c) => c.kind === kind && (unionId === undefined || c.unionId === unionId));
const unionOf = (doc: ReturnType<typeof multiPartner>, a: string, b: string) =>
  doc.relations.find((r) => r.kind === 'partner' && [r.from, r.to].sort().join() === [a, b].sort().join())!.id;

describe('genogramConnectors', () => {
  it('couple bars carry the status: slashes for separated/divorced, dashes and dots for cohabiting/relationship', async () => {
    const doc = multiPartner();
    const cs = genogramConnectors(doc, await layoutGenogram(doc, elk));
    expect(of(cs, 'slash', unionOf(doc, 'p', 'x1'))).toHaveLength(2);
    expect(of(cs, 'slash', unionOf(doc, 'p', 'x2'))).toHaveLength(1);
    expect(of(cs, 'slash', unionOf(doc, 'p', 'y'))).toHaveLength(0);
    expect(of(cs, 'couple', unionOf(doc, 'p', 'y'))[0]!.style).toBe('solid');
    const two = twoFamilies();
    const cs2 = genogramConnectors(two, await layoutGenogram(two, elk));
    expect(of(cs2, 'couple', unionOf(two, 'b1', 'b2'))[0]!.style).toBe('dashed');
    expect(of(cs2, 'couple', unionOf(two, 'bro', 'bw'))[0]!.style).toBe('dotted');
  });

  it('a widowed couple carries a small cross (two strokes), not slashes; parents with no relation entered get a thin line of their own', async () => {
    const doc = multiPartner();
    const cs = genogramConnectors(doc, await layoutGenogram(doc, elk));
    const widowed = unionOf(doc, 'yf', 'ym');
    expect(of(cs, 'cross', widowed)).toHaveLength(2);
    expect(of(cs, 'slash', widowed)).toHaveLength(0);
    expect(of(cs, 'cross').every((c) => c.unionId === widowed)).toBe(true);
    const b = new FamilyBuilder();
    b.person('m', 'male', 1970);
    b.person('f', 'female', 1972);
    b.person('k', 'male', 2000);
    b.children(['m', 'f'], ['k']);
    const implicit = of(genogramConnectors(b.doc(), pts({ m: { x: 0, y: 0 }, f: { x: 84, y: 0 }, k: { x: 42, y: 200 } })), 'couple');
    expect(implicit.map((c) => c.style)).toEqual(['thin-dash-dot']);
  });

  it('an adjacent couple bar runs between the symbols, below their centre line', async () => {
    const doc = multiPartner();
    const pos = await layoutGenogram(doc, elk);
    const [a, b] = of(genogramConnectors(doc, pos), 'couple', unionOf(doc, 'p', 'y'))[0]!.points;
    expect(a!.y).toBeGreaterThan(pos.get('p')!.y);
    expect(a!.y).toBeLessThan(pos.get('p')!.y + SYMBOL_SIZE / 2);
    expect(Math.min(a!.x, b!.x)).toBeGreaterThanOrEqual(Math.min(pos.get('p')!.x, pos.get('y')!.x) + SYMBOL_SIZE / 2);
  });

  it('a couple with someone between them is routed under the name labels, not through a symbol', async () => {
    const doc = multiPartner();
    const pos = await layoutGenogram(doc, elk);
    const bar = of(genogramConnectors(doc, pos), 'couple', unionOf(doc, 'p', 'x1'))[0]!;
    expect(Math.max(...bar.points.map((p) => p.y))).toBeGreaterThan(pos.get('p')!.y + 50);
    const x2 = pos.get('x2')!;
    for (let i = 1; i < bar.points.length; i++) {
      const [s, e] = [bar.points[i - 1]!, bar.points[i]!];
      const crossesX2 = Math.min(s.x, e.x) <= x2.x + 20 && Math.max(s.x, e.x) >= x2.x - 20 && Math.min(s.y, e.y) <= x2.y + 20 && Math.max(s.y, e.y) >= x2.y - 20;
      expect(crossesX2).toBe(false);
    }
  });

  it('child lines: adoptive dashed, foster dotted, birth solid; a step-parent draws no child line', async () => {
    const doc = birthAndAdoptive();
    const cs = genogramConnectors(doc, await layoutGenogram(doc, elk));
    const lines = (child: string) => of(cs, 'child').filter((c) => c.childId === child);
    expect(lines('c').map((c) => c.style).sort()).toEqual(['dashed', 'solid']);
    expect(lines('fc').map((c) => c.style)).toEqual(['dotted']);
    expect(lines('sib').map((c) => c.style)).toEqual(['solid']);
    const ss = sameSex();
    const cs2 = genogramConnectors(ss, await layoutGenogram(ss, elk));
    expect(of(cs2, 'child').filter((c) => c.childId === 'z')).toHaveLength(1); // not from the step-father
    expect(of(cs2, 'couple')).toHaveLength(1);
  });

  it('a step-parent gets a thin dotted line of their own to the child, clear of both symbols', () => {
    const b = new FamilyBuilder();
    b.person('m', 'female', 1980);
    b.person('s', 'male', 1979);
    b.person('z', 'male', 2015);
    b.child('m', 'z').child('s', 'z', 'step');
    const pos = pts({ m: { x: 0, y: 0 }, s: { x: 200, y: 0 }, z: { x: 0, y: 200 } });
    const steps = of(genogramConnectors(b.doc(), pos), 'step');
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ childId: 'z', style: 'thin-dotted' });
    const [from, to] = steps[0]!.points;
    const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    expect(dist(from!, pos.get('s')!)).toBeGreaterThan(SYMBOL_SIZE / 2);
    expect(dist(to!, pos.get('z')!)).toBeGreaterThan(SYMBOL_SIZE / 2);
    expect(dist(from!, pos.get('z')!)).toBeGreaterThan(dist(to!, pos.get('z')!));
    // Too close to draw: no line at all.
    expect(of(genogramConnectors(b.doc(), pts({ m: { x: 0, y: 0 }, s: { x: 30, y: 0 }, z: { x: 30, y: 40 } })), 'step')).toHaveLength(0);
  });

  it('a child with birth and adoptive parents: the two child lines do not lie on top of each other', async () => {
    const doc = birthAndAdoptive();
    const cs = genogramConnectors(doc, await layoutGenogram(doc, elk));
    const [l1, l2] = of(cs, 'child').filter((c) => c.childId === 'c');
    expect(l1!.points[1]!.x).not.toBe(l2!.points[1]!.x);
  });

  it('follows hand-placed positions: the drop line jogs sideways when the couple is not above the children', () => {
    const b = new FamilyBuilder();
    b.person('m', 'male', 1970);
    b.person('f', 'female', 1972);
    b.partner('m', 'f', 'married');
    b.person('k1', 'male', 2000);
    b.person('k2', 'female', 2002);
    b.children(['m', 'f'], ['k1', 'k2']);
    const pos = pts({ m: { x: 500, y: 20 }, f: { x: 584, y: 20 }, k1: { x: 28, y: 220 }, k2: { x: 112, y: 220 } });
    const cs = genogramConnectors(b.doc(), pos);
    const couple = of(cs, 'couple')[0]!;
    expect(couple.points[0]!.x).toBe(520);
    const drop = of(cs, 'drop')[0]!;
    expect(drop.points).toHaveLength(4);
    expect(drop.points[0]!.x).toBe(542);
    const end = drop.points[3]!;
    const bar = of(cs, 'sibling-bar')[0]!;
    expect(end.y).toBe(bar.points[0]!.y);
    expect(end.x).toBeGreaterThanOrEqual(28);
    expect(end.x).toBeLessThanOrEqual(112);
  });

  it('sibling bars that would overlap get distinct heights', () => {
    const b = new FamilyBuilder();
    for (const id of ['a', 'b', 'c', 'd']) b.person(id, id < 'c' ? 'male' : 'female', 1970);
    b.partner('a', 'c').partner('b', 'd');
    for (const id of ['k1', 'k2', 'k3', 'k4']) b.person(id, 'male', 2000);
    b.children(['a', 'c'], ['k1', 'k3']).children(['b', 'd'], ['k2', 'k4']);
    const pos = pts({ a: { x: 0, y: 20 }, c: { x: 84, y: 20 }, b: { x: 300, y: 20 }, d: { x: 384, y: 20 },
      k1: { x: 0, y: 220 }, k2: { x: 84, y: 220 }, k3: { x: 168, y: 220 }, k4: { x: 252, y: 220 } });
    const bars = of(genogramConnectors(b.doc(), pos), 'sibling-bar');
    expect(bars).toHaveLength(2);
    expect(bars[0]!.points[0]!.y).not.toBe(bars[1]!.points[0]!.y);
  });

  it('explicit siblings without parents get a sibling bar and no drop line', async () => {
    const doc = twoFamilies();
    const cs = genogramConnectors(doc, await layoutGenogram(doc, elk));
    const lines = of(cs, 'child').filter((c) => c.childId === 's1' || c.childId === 's2');
    expect(lines).toHaveLength(2);
    expect(of(cs, 'sibling-bar', lines[0]!.unionId)).toHaveLength(1);
    expect(of(cs, 'drop', lines[0]!.unionId)).toHaveLength(0);
  });

  it('draws as SVG polylines, readable in black and white', async () => {
    const doc = birthAndAdoptive();
    const svg = drawGenogramConnectors(genogramConnectors(doc, await layoutGenogram(doc, elk)));
    const kids = svg.children as Array<{ attrs: Record<string, unknown> }>;
    expect(kids.every((k) => k.attrs.stroke === undefined)).toBe(true);
    expect(svg.attrs!.stroke).toBe('#000');
    expect(kids.some((k) => k.attrs['stroke-dasharray'] === '8 5')).toBe(true);
    expect(kids.some((k) => k.attrs['stroke-dasharray'] === '2 4')).toBe(true);
  });

  it('draws each line style with a stroke of its own, so no two meanings look alike', () => {
    const looks = Object.values(LINE_STROKE).map((s) => `${s.dasharray}|${s.width}`);
    expect(new Set(looks).size).toBe(looks.length);
  });
});
