/** A plain SVG picture of a laid-out genogram, to look at the layout (symbols, names, connectors). */
import type { CaseDocument } from '../src/graph/schema';
import { drawGenogramConnectors } from '../src/draw/genogramConnectors';
import { toSvgString } from '../src/draw/render';
import { el } from '../src/draw/svg';
import { personLabel, personSymbol } from '../src/draw/symbols';
import { genogramConnectors } from '../src/layout/connectors';
import type { Positions } from '../src/layout/types';

export function genogramSvg(doc: CaseDocument, pos: Positions): string {
  const people = doc.people.filter((p) => pos.get(p.id));
  const xs = people.map((p) => pos.get(p.id)!.x);
  const ys = people.map((p) => pos.get(p.id)!.y);
  const [x0, y0] = [Math.min(...xs) - 60, Math.min(...ys) - 60];
  const [w, h] = [Math.max(...xs) - x0 + 60, Math.max(...ys) - y0 + 80];
  const symbols = people.map((p) =>
    el('g', { transform: `translate(${pos.get(p.id)!.x} ${pos.get(p.id)!.y})` }, [personSymbol(p), personLabel(p)]),
  );
  return toSvgString({
    tag: 'svg',
    attrs: { xmlns: 'http://www.w3.org/2000/svg', viewBox: `${x0} ${y0} ${w} ${h}`, width: w, height: h, 'font-family': 'DejaVu Sans, sans-serif' },
    children: [el('rect', { x: x0, y: y0, width: w, height: h, fill: '#fff' }), drawGenogramConnectors(genogramConnectors(doc, pos)), ...symbols],
  });
}
