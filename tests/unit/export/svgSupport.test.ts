/**
 * What the PDF converts must be what svg2pdf.js can draw: no paint-order, foreignObject, masks,
 * filters or CSS from the page (style attributes or elements). Checked on both views of the demo
 * case with every step's marks, on a blended family, and on the legends.
 */
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { legend } from '../../../src/draw/legend';
import { mapSvg } from '../../../src/draw/map';
import { svgDocument } from '../../../src/draw/render';
import { createDemoCase } from '../../../src/graph/demo';
import { parseCase } from '../../../src/graph/parse';
import { layoutGenogram } from '../../../src/layout/genogram';
import { netwerkkaartView } from '../../../src/layout/netwerkkaartView';
import { DEMO_NOW, VALID } from '../../fixtures';

const UNSUPPORTED = /paint-order|<foreignObject|<mask|\smask=|<filter|\sfilter=|<style|\sstyle=/i;

describe('the drawing handed to svg2pdf.js', () => {
  const blended = parseCase(readFileSync(VALID.blendedFamily, 'utf8'));
  const docs = [createDemoCase(DEMO_NOW), ...(blended.ok ? [blended.value] : [])];

  it.each(docs.map((d) => [d.case.title, d] as const))('%s: both views use plain SVG only', async (_title, doc) => {
    const genogram = mapSvg({ doc, view: 'genogram', positions: await layoutGenogram(doc, new ELK()), showTies: true });
    const drawn = netwerkkaartView(doc);
    const ecogram = mapSvg({ doc, view: 'netwerkkaart', positions: drawn.positions, geometry: drawn.geometry });
    expect(genogram).not.toMatch(UNSUPPORTED);
    expect(ecogram).not.toMatch(UNSUPPORTED);
  });

  it('the legends too', () => {
    for (const view of ['genogram', 'netwerkkaart'] as const) {
      const key = legend(view, { ties: true });
      expect(svgDocument(key.node, { x: 0, y: 0, width: key.width, height: key.height })).not.toMatch(UNSUPPORTED);
    }
  });
});
