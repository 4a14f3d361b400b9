/**
 * What the PDF converts must be what svgToPdf.ts draws: its elements only (no foreignObject,
 * masks, filters, markers, patterns, tspans or CSS), colours it reads, path data and transforms
 * it parses whole; and no paint-order (the screen's SVG and the SVG export share the drawing).
 * Checked on both views of the demo case with every step's marks, on a blended family, and on
 * the legends.
 */
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { legend } from '../../../src/draw/legend';
import { drawMap, mapSvg } from '../../../src/draw/map';
import { computeOverlays } from '../../../src/steps/overlays';
import { svgDocument } from '../../../src/draw/render';
import type { SvgNode } from '../../../src/draw/svg';
import { parsePaint } from '../../../src/export/svgPaint';
import { pathOps } from '../../../src/export/svgToPdf';
import { comparisonInput } from '../../../src/export/comparisonInput';
import { createDemoCase } from '../../../src/graph/demo';
import { parseCase } from '../../../src/graph/parse';
import { layoutGenogram } from '../../../src/layout/genogram';
import { netwerkkaartView } from '../../../src/layout/netwerkkaartView';
import { DEMO_NOW, VALID } from '../../fixtures';

const UNSUPPORTED = /paint-order|<foreignObject|<mask|\smask=|<filter|\sfilter=|<style|\sstyle=/i;
const ALL_MARKS = { step: '3', topicId: null, viewAsPersonId: null, perspective: 'all' } as const;
const TAGS = new Set(['g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'title']);
const TRANSFORM = /^(\s*(translate|scale|rotate|matrix)\(\s*-?[\d.]+(e-?\d+)?([\s,]+-?[\d.]+(e-?\d+)?)*\s*\)\s*)+$/;

/** Everything in the tree the converter would skip or misread, as readable lines. */
function unsupported(node: SvgNode, out: string[] = []): string[] {
  if (!TAGS.has(node.tag)) out.push(`element <${node.tag}>`);
  const a = node.attrs ?? {};
  for (const key of ['fill', 'stroke'] as const) {
    const v = a[key];
    if (v !== undefined && v !== 'none' && !parsePaint(String(v))) out.push(`${key}="${v}"`);
  }
  if (a.transform !== undefined && !TRANSFORM.test(String(a.transform))) out.push(`transform="${a.transform}"`);
  if (node.tag === 'path' && a.d !== undefined && String(a.d).trim() !== '' && pathOps(String(a.d)) === null) out.push(`d="${a.d}"`);
  for (const c of node.children ?? []) {
    if (typeof c !== 'string') {
      if (node.tag === 'text') out.push('a <text> with elements inside');
      else unsupported(c, out);
    }
  }
  return out;
}

describe('the drawing handed to svgToPdf.ts', () => {
  const blended = parseCase(readFileSync(VALID.blendedFamily, 'utf8'));
  const docs = [createDemoCase(DEMO_NOW), ...(blended.ok ? [blended.value] : [])];

  it.each(docs.map((d) => [d.case.title, d] as const))('%s: both views use plain SVG only', async (_title, doc) => {
    const genogram = mapSvg({ doc, view: 'genogram', positions: await layoutGenogram(doc, new ELK()), showTies: true });
    const drawn = netwerkkaartView(doc);
    const ecogram = mapSvg({ doc, view: 'netwerkkaart', positions: drawn.positions, geometry: drawn.geometry });
    expect(genogram).not.toMatch(UNSUPPORTED);
    expect(ecogram).not.toMatch(UNSUPPORTED);
    const geno = drawMap({ doc, view: 'genogram', positions: await layoutGenogram(doc, new ELK()), showTies: true, overlays: computeOverlays(doc, ALL_MARKS) });
    const eco = drawMap({ doc, view: 'netwerkkaart', positions: drawn.positions, geometry: drawn.geometry, overlays: computeOverlays(doc, ALL_MARKS) });
    expect(unsupported(geno.node)).toEqual([]);
    expect(unsupported(eco.node)).toEqual([]);
  });

  it('the check itself finds what the converter cannot draw', () => {
    const bad: SvgNode = { tag: 'g', attrs: { transform: 'skew(3)' }, children: [
      { tag: 'foreignObject' }, { tag: 'rect', attrs: { fill: 'url(#p)' } }, { tag: 'path', attrs: { d: '5 5' } },
      { tag: 'text', children: [{ tag: 'tspan' }] },
    ] };
    expect(unsupported(bad)).toHaveLength(5);
  });

  it('the legends too', () => {
    for (const view of ['genogram', 'netwerkkaart'] as const) {
      const key = legend(view, { ties: true });
      expect(svgDocument(key.node, { x: 0, y: 0, width: key.width, height: key.height })).not.toMatch(UNSUPPORTED);
      expect(unsupported(key.node)).toEqual([]);
    }
  });

  it.each(['genogram', 'netwerkkaart'] as const)('the comparison pages (%s): toen, nu, the difference map and the trend use plain SVG only', async (view) => {
    const read = parseCase(readFileSync(VALID.snapshotFamily, 'utf8'));
    if (!read.ok) throw new Error(read.error.code);
    const c = await comparisonInput(read.value, {}, { from: read.value.snapshots[0]!.id, to: 'now', view }, new ELK(), new Date('2026-12-04T10:00:00Z'));
    for (const drawing of [c.then, c.now, c.diff, c.trend]) expect(unsupported(drawing.node)).toEqual([]);
  });
});
