/**
 * The trend as a small bar chart the professional can show the family: per moment, offers by
 * the family's own network against professionals, covered against open needs, and people per
 * ring. Black and white: solid bars against hatched ones, every bar with its number, every
 * series named in a legend of words. Plain SVG, no patterns or CSS, like the map drawings.
 */
import type { TrendPoint } from '../graph/diff';
import { el, type SvgNode } from './svg';
import { INK } from './symbols';
import { truncateToWidth } from './text';

export interface TrendWords {
  panels: { offers: string; needs: string; rings: string };
  series: { informal: string; professional: string; covered: string; open: string; ring: (n: number) => string };
}

type Fill = 'solid' | 'hatched' | 'grey';
interface Series {
  name: string;
  fill: Fill;
  value: (p: TrendPoint) => number;
}

const BAR = 16;
const GAP = 4;
const GROUP_GAP = 22;
const PLOT_H = 70;
/** Above the tallest bar: the panel's title, then room for that bar's number under it. */
const TITLE_ROOM = 34;
const LEFT = 8;
const FONT = 11;

function bar(x: number, base: number, h: number, fill: Fill): SvgNode {
  const y = base - h;
  const outline = { x, y, width: BAR, height: Math.max(h, 0.5), stroke: INK, 'stroke-width': 1 };
  if (fill === 'solid') return el('rect', { ...outline, fill: INK });
  if (fill === 'grey') return el('rect', { ...outline, fill: '#9e9e9e' });
  // Hatched: horizontal strokes inside a white bar (no <pattern>: it needs ids, and the PDF converter, export/svgToPdf, draws none).
  const lines: string[] = [];
  for (let ly = base - 3; ly > y; ly -= 4) lines.push(`M${x} ${ly}H${x + BAR}`);
  return el('g', {}, [el('rect', { ...outline, fill: '#ffffff' }), el('path', { d: lines.join(''), stroke: INK, 'stroke-width': 1 })]);
}

function panel(title: string, points: readonly TrendPoint[], series: Series[], top: number, width: number): SvgNode {
  const max = Math.max(1, ...points.flatMap((p) => series.map((s) => s.value(p))));
  const base = top + TITLE_ROOM + PLOT_H;
  const groupW = series.length * (BAR + GAP) - GAP;
  const children: SvgNode[] = [el('text', { x: LEFT, y: top + 12, 'font-size': 12, 'font-weight': 700, fill: INK }, [title])];
  points.forEach((p, i) => {
    const x0 = LEFT + i * (groupW + GROUP_GAP);
    series.forEach((s, k) => {
      const v = s.value(p);
      const h = (v / max) * PLOT_H;
      const x = x0 + k * (BAR + GAP);
      children.push(bar(x, base, h, s.fill));
      children.push(el('text', { x: x + BAR / 2, y: base - h - 3, 'text-anchor': 'middle', 'font-size': FONT - 1, fill: INK }, [String(v)]));
    });
    children.push(el('text', { x: x0 + groupW / 2, y: base + 14, 'text-anchor': 'middle', 'font-size': FONT - 1, fill: INK }, [truncateToWidth(p.label, groupW + GROUP_GAP - 4, FONT - 1)]));
  });
  children.push(el('path', { d: `M${LEFT - 2} ${base}H${width - 4}`, stroke: INK, 'stroke-width': 1 }));
  // The legend: a sample bar and the series' name, in a row under the panel.
  let lx = LEFT;
  for (const s of series) {
    children.push(bar(lx, base + 34, 10, s.fill));
    children.push(el('text', { x: lx + BAR + 4, y: base + 33, 'font-size': FONT, fill: INK }, [s.name]));
    lx += BAR + 12 + s.name.length * 6.5;
  }
  return el('g', { 'data-part': 'trend-panel' }, children);
}

export interface TrendDrawing {
  node: SvgNode;
  width: number;
  height: number;
}

const PANEL_H = TITLE_ROOM + PLOT_H + 50;

export function drawTrend(points: readonly TrendPoint[], words: TrendWords): TrendDrawing {
  const groups = (n: number) => LEFT + points.length * (n * (BAR + GAP) - GAP + GROUP_GAP);
  const width = Math.max(300, groups(3));
  const w = words.series;
  const panels = [
    panel(words.panels.offers, points, [
      { name: w.informal, fill: 'solid', value: (p) => p.offers.informal },
      { name: w.professional, fill: 'hatched', value: (p) => p.offers.professional },
    ], 0, width),
    panel(words.panels.needs, points, [
      { name: w.covered, fill: 'solid', value: (p) => p.needs.covered },
      { name: w.open, fill: 'hatched', value: (p) => p.needs.open },
    ], PANEL_H, width),
    panel(words.panels.rings, points, [1, 2, 3].map((r) => ({ name: w.ring(r), fill: (['solid', 'grey', 'hatched'] as const)[r - 1]!, value: (p: TrendPoint) => p.byRing[r - 1]! })), 2 * PANEL_H, width),
  ];
  return { node: el('g', { class: 'trend' }, [el('rect', { x: 0, y: 0, width, height: 3 * PANEL_H, fill: '#ffffff' }), ...panels]), width, height: 3 * PANEL_H };
}
