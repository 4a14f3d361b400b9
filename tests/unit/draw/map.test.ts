/**
 * drawMap draws the whole map from the document alone (no React, no DOM): the blended family in
 * both views, with one symbol per placed person, every name as escaped text, and nothing
 * outside the view box it reports.
 */
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { drawMap, mapSvg } from '../../../src/draw/map';
import { TIE_CLEARANCE } from '../../../src/layout/tieRoute';
import { approxTextWidth } from '../../../src/draw/text';
import type { SvgNode } from '../../../src/draw/svg';
import { allNodes as allParts } from './helpers';
import { parseCase } from '../../../src/graph/parse';
import { describeImportError } from '../../../src/i18n/importErrors';
import type { CaseDocument, ViewName } from '../../../src/graph/schema';
import { addPerson } from '../../../src/graph/commands';
import { layoutGenogram } from '../../../src/layout/genogram';
import { layoutNetwerkkaart } from '../../../src/layout/netwerkkaart';
import { viewPositions } from '../../../src/layout/placement';
import type { Positions } from '../../../src/layout/types';
import { VALID } from '../../fixtures';

function blended(): CaseDocument {
  const parsed = parseCase(readFileSync(VALID.blendedFamily, 'utf8'));
  if (!parsed.ok) throw new Error(describeImportError(parsed.error));
  return parsed.value;
}

async function positionsFor(doc: CaseDocument, view: ViewName): Promise<Positions> {
  const auto = view === 'genogram' ? await layoutGenogram(doc, new ELK()) : layoutNetwerkkaart(doc);
  return viewPositions(doc, view, auto);
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function parseTransform(t: string | number | undefined): Matrix {
  let m = IDENTITY;
  for (const [, op, args] of String(t ?? '').matchAll(/(translate|rotate)\(([^)]*)\)/g)) {
    const v = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (op === 'translate') m = multiply(m, [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0]);
    else {
      const a = ((v[0] ?? 0) * Math.PI) / 180;
      m = multiply(m, [Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0]);
    }
  }
  return m;
}

const apply = (m: Matrix, x: number, y: number) => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

/** Every point the drawing reaches (shape corners, path points, text boxes), in map coordinates. */
function extentPoints(node: SvgNode, parent: Matrix = IDENTITY, out: Array<{ x: number; y: number; what: string }> = []) {
  const m = multiply(parent, parseTransform(node.attrs?.transform));
  const a = node.attrs ?? {};
  const num = (k: string) => Number(a[k] ?? 0);
  const push = (x: number, y: number) => out.push({ ...apply(m, x, y), what: node.tag });
  switch (node.tag) {
    case 'circle':
      for (const [dx, dy] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) push(num('cx') + dx! * num('r'), num('cy') + dy! * num('r'));
      break;
    case 'rect':
      push(num('x'), num('y'));
      push(num('x') + num('width'), num('y') + num('height'));
      break;
    case 'polyline':
    case 'polygon':
      for (const pair of String(a.points ?? '').trim().split(/\s+/)) {
        const [x, y] = pair.split(',').map(Number);
        push(x!, y!);
      }
      break;
    case 'path': {
      // Absolute M/L coordinates are enough here: the drawing code writes no relative commands.
      for (const [, x, y] of String(a.d ?? '').matchAll(/[ML]\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/g)) push(Number(x), Number(y));
      break;
    }
    case 'text': {
      const text = (node.children ?? []).filter((c): c is string => typeof c === 'string').join('');
      const size = Number(a['font-size'] ?? 12);
      const w = approxTextWidth(text, size);
      const x0 = a['text-anchor'] === 'middle' ? num('x') - w / 2 : num('x');
      push(x0, num('y') - size);
      push(x0 + w, num('y') + size * 0.25);
      break;
    }
  }
  for (const c of node.children ?? []) if (typeof c !== 'string' && c.tag !== 'title') extentPoints(c, m, out);
  return out;
}

function texts(node: SvgNode | string, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else for (const c of node.children ?? []) texts(c, out);
  return out;
}

describe('drawMap', () => {
  for (const view of ['genogram', 'netwerkkaart'] as const) {
    it(`draws the blended family's ${view}: one symbol per placed person, every name, all inside the box`, async () => {
      const doc = blended();
      const positions = await positionsFor(doc, view);
      const { node, box, people } = drawMap({ doc, view, positions });
      const placed = doc.people.filter((p) => positions.has(p.id));
      expect(placed.length).toBe(view === 'netwerkkaart' ? doc.people.length : placed.length);
      expect(people.map((p) => p.id)).toEqual(placed.map((p) => p.id));
      const groups = (node.children ?? []).flatMap((layer) => (typeof layer === 'string' ? [] : layer.children ?? []))
        .filter((c): c is SvgNode => typeof c !== 'string' && c.attrs?.['data-person-id'] !== undefined);
      expect(groups.map((g) => g.attrs!['data-person-id'])).toEqual(placed.map((p) => p.id));
      // Every name is in its <title> whole, as text.
      const all = texts(node);
      for (const p of placed) expect(all).toContain(p.name);
      for (const pt of extentPoints(node)) {
        expect(pt.x, `${pt.what} x`).toBeGreaterThanOrEqual(box.x);
        expect(pt.x, `${pt.what} x`).toBeLessThanOrEqual(box.x + box.width);
        expect(pt.y, `${pt.what} y`).toBeGreaterThanOrEqual(box.y);
        expect(pt.y, `${pt.what} y`).toBeLessThanOrEqual(box.y + box.height);
      }
      if (view === 'genogram') expect(JSON.stringify(node)).toContain('"data-kind":"couple"');
      else expect(JSON.stringify(node)).toContain('ecogram-background');
    });
  }

  it('escapes text typed by families and never emits markup from it', () => {
    const hostile = '<img src=x onerror=alert(1)> & "Bram" <b>test</b>';
    const doc = addPerson(blended(), { id: 'p-x', name: hostile, gender: 'male', sector: 'friends', closeness: 2 });
    const svg = mapSvg({ doc, view: 'netwerkkaart', positions: layoutNetwerkkaart(doc) });
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; "Bram" &lt;b&gt;test&lt;/b&gt;');
    expect(svg).not.toMatch(/foreignObject|<mask|<filter|paint-order|<style/);
  });

  it('draws an empty case as an empty map with a box', () => {
    const doc = { ...blended(), people: [], relations: [], needs: [], offers: [], strengths: [], consents: [], agreements: [], meetings: [] };
    const { people, box } = drawMap({ doc, view: 'genogram', positions: new Map() });
    expect(people).toEqual([]);
    expect(box.width).toBeGreaterThan(0);
  });

  it('bends a tie around a third person standing on it, in the drawing the PDF uses', () => {
    const doc = blended();
    const tie = doc.relations.find((r) => r.kind === 'tie')!;
    const third = doc.people.find((p) => p.id !== tie.from && p.id !== tie.to)!;
    const positions = new Map([
      [tie.from, { x: 0, y: 0 }],
      [tie.to, { x: 400, y: 0 }],
      [third.id, { x: 200, y: 4 }],
    ]);
    const { node } = drawMap({ doc, view: 'netwerkkaart', positions, geometry: undefined });
    const line = allParts(node).find((n) => n.attrs?.['data-part'] === 'line' || n.attrs?.['data-part'] === 'zigzag')!;
    const pts = Array.from(String(line.attrs!.d).matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g), (m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    expect(pts.length).toBeGreaterThan(4);
    for (const pt of pts) expect(Math.hypot(pt.x - 200, pt.y - 4)).toBeGreaterThanOrEqual(TIE_CLEARANCE - 1);
  });
});
