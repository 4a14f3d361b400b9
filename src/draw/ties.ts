/**
 * Tie lines between two symbol centres, on the netwerkkaart and ("Banden tonen") in the genogram.
 * The line style carries the meaning (notation.md), colour only helps:
 * strong thick solid · normal solid · weak dashed · stressful solid with cross-hatching ·
 * conflict zigzag (red) · cutoff broken by a gap with two bars. Arrowheads show the direction
 * of support. Arrowheads are drawn as paths, not <marker>s, because markers need document-unique
 * ids and the PDF converter (export/svgToPdf) draws none.
 */
import type { Flow, Point, TieQuality } from '../graph/schema';
import { SYMBOL_SIZE } from '../layout/metrics';
import { tieCurve } from '../layout/tieRoute';
import { path } from './geometry';
import { polylineRoute, type Route } from './route';
import { INK, SELECT_COLOUR } from './symbols';
import { textBackdrop } from './text';
import { el, type SvgNode } from './svg';

export const TIE_TRIM = SYMBOL_SIZE / 2 + 6;
export const ARROW_LENGTH = 11;
export const ARROW_WIDTH = 9;
export const CONFLICT_COLOUR = '#c62828';
export const STRESS_COLOUR = '#8d4a00';

export interface TieOptions {
  /** Distance kept free around the `from` and `to` centres (symbol radius plus a margin). */
  trimFrom?: number;
  trimTo?: number;
  selected?: boolean;
  dimmed?: boolean;
  /** Support letters or another short text at the middle of the line, e.g. "P G". */
  label?: string;
  /** A wide invisible stroke that makes a thin line easy to hit with a finger. */
  hitArea?: boolean;
  /** The control point of a bend around other people's symbols (layout/tieRoute), or none. */
  bend?: Point | null;
}

function straight(a: Point, b: Point): Route {
  return polylineRoute([a, b]);
}

/** The segment between two centres with `trimA`/`trimB` cut off; null when nothing is left. */
export function trimmed(from: Point, to: Point, trimA: number, trimB: number): [Point, Point] | null {
  const f = straight(from, to);
  if (f.length <= trimA + trimB + 2) return null;
  return [f.at(trimA), f.at(f.length - trimB)];
}

/** A zigzag from a to b with ends on the line; `period` is the length of one tooth. */
export function zigzagPath(a: Point, b: Point, amplitude: number, period: number): string {
  const f = straight(a, b);
  return zigzagAlong(f, 0, f.length, amplitude, period);
}

/** A zigzag along `route` from `from` to `to`, its teeth turned with the line. */
function zigzagAlong(route: Route, from: number, to: number, amplitude: number, period: number): string {
  const teeth = Math.max(2, Math.round((to - from) / period));
  const step = (to - from) / teeth;
  const pts: Point[] = [route.at(from)];
  for (let i = 0; i < teeth; i++) pts.push(route.at(from + (i + 0.5) * step, i % 2 === 0 ? amplitude : -amplitude));
  pts.push(route.at(to));
  return path(pts);
}

/** A filled arrowhead whose tip is at `tip`, pointing along `dir` (unit vector). */
export function arrowHead(tip: Point, dir: Point, colour = INK): SvgNode {
  const base = { x: tip.x - dir.x * ARROW_LENGTH, y: tip.y - dir.y * ARROW_LENGTH };
  const n = { x: -dir.y * (ARROW_WIDTH / 2), y: dir.x * (ARROW_WIDTH / 2) };
  return el('path', {
    d: path([tip, { x: base.x + n.x, y: base.y + n.y }, { x: base.x - n.x, y: base.y - n.y }], true),
    fill: colour,
    stroke: colour,
    'stroke-width': 1,
    'stroke-linejoin': 'round',
    'data-part': 'arrow',
  });
}

function lineStyle(quality: TieQuality): Record<string, string | number> {
  switch (quality) {
    case 'strong':
      return { stroke: INK, 'stroke-width': 4.5 };
    case 'weak':
      return { stroke: INK, 'stroke-width': 1.8, 'stroke-dasharray': '7 5' };
    case 'stressful':
      return { stroke: STRESS_COLOUR, 'stroke-width': 1.8 };
    case 'conflict':
      return { stroke: CONFLICT_COLOUR, 'stroke-width': 2.2, 'stroke-linejoin': 'miter' };
    case 'cutoff':
    case 'normal':
      return { stroke: INK, 'stroke-width': 2 };
  }
}

/** Short perpendicular strokes across the line: "hatched", the print-safe mark of a stressful tie. */
function hatchMarks(f: Route, from: number, to: number): string {
  const parts: string[] = [];
  const spacing = 9;
  const half = 5;
  const count = Math.max(1, Math.floor((to - from) / spacing) - 1);
  const start = (from + to) / 2 - ((count - 1) * spacing) / 2;
  for (let i = 0; i < count; i++) {
    const t = start + i * spacing;
    // Slanted like "/" so the hatching cannot be mistaken for the cutoff bars.
    parts.push(path([f.at(t - 2.5, -half), f.at(t + 2.5, half)]));
  }
  return parts.join(' ');
}

/** The line's own strokes between the arrow bases (arrowheads are added by the caller). */
function strokes(f: Route, start: number, end: number, quality: TieQuality): SvgNode[] {
  const style = { fill: 'none', 'stroke-linecap': 'butt', ...lineStyle(quality) };
  if (quality === 'conflict') {
    return [el('path', { d: zigzagAlong(f, start, end, 5, 9), ...style, 'data-part': 'zigzag' })];
  }
  if (quality === 'stressful') {
    return [
      el('path', { d: path(f.slice(start, end)), ...style, 'data-part': 'line' }),
      el('path', { d: hatchMarks(f, start, end), ...style, 'data-part': 'hatch' }),
    ];
  }
  if (quality === 'cutoff') {
    const mid = (start + end) / 2;
    const gap = Math.min(8, (end - start) / 4);
    const bar = 8;
    return [
      el('path', { d: `${path(f.slice(start, mid - gap))} ${path(f.slice(mid + gap, end))}`, ...style, 'data-part': 'line' }),
      el('path', {
        d: `${path([f.at(mid - gap, -bar), f.at(mid - gap, bar)])} ${path([f.at(mid + gap, -bar), f.at(mid + gap, bar)])}`,
        ...style,
        'data-part': 'cutoff-bars',
      }),
    ];
  }
  return [el('path', { d: path(f.slice(start, end)), ...style, 'data-part': 'line' })];
}

function midLabel(f: Route, start: number, end: number, text: string): SvgNode {
  const m = f.at((start + end) / 2);
  const label = el(
    'text',
    { x: m.x, y: m.y + 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: INK, 'data-part': 'label' },
    [text],
  );
  return el('g', {}, [textBackdrop(m.x, m.y + 4, text, 11), label]);
}

/**
 * A tie from one symbol centre to another. `flow` "to" means support runs towards `to`
 * (arrowhead at `to`), "from" towards `from`, "both" both ways.
 */
export function tieLine(from: Point, to: Point, quality: TieQuality, flow: Flow, opts: TieOptions = {}): SvgNode {
  const trimA = opts.trimFrom ?? TIE_TRIM;
  const trimB = opts.trimTo ?? TIE_TRIM;
  const f = polylineRoute(tieCurve(from, to, opts.bend ?? null));
  const attrs = {
    class: 'tie',
    'data-quality': quality,
    'data-flow': flow,
    opacity: opts.dimmed ? 0.35 : undefined,
  };
  if (f.length <= trimA + trimB + 2) return el('g', attrs, []);
  const arrowAtTo = flow === 'to' || flow === 'both';
  const arrowAtFrom = flow === 'from' || flow === 'both';
  let start = trimA;
  let end = f.length - trimB;
  // Leave room for the arrowheads only if the line stays visible between them.
  const room = end - start - (arrowAtTo ? ARROW_LENGTH : 0) - (arrowAtFrom ? ARROW_LENGTH : 0);
  const withArrows = room > 6;
  const colour = quality === 'conflict' ? CONFLICT_COLOUR : quality === 'stressful' ? STRESS_COLOUR : INK;
  const children: SvgNode[] = [];
  if (opts.hitArea) {
    children.push(
      el('path', {
        d: path(f.slice(start, end)),
        stroke: INK,
        'stroke-opacity': 0,
        'stroke-width': 16,
        fill: 'none',
        'data-part': 'hit',
      }),
    );
  }
  if (opts.selected) {
    children.push(
      el('path', {
        d: path(f.slice(start, end)),
        stroke: SELECT_COLOUR,
        'stroke-opacity': 0.35,
        'stroke-width': 12,
        'stroke-linecap': 'round',
        fill: 'none',
        'data-part': 'selection',
      }),
    );
  }
  const tipA = f.at(start);
  const tipB = f.at(end);
  const dirA = f.dir(start);
  const dirB = f.dir(end);
  if (withArrows && arrowAtFrom) start += ARROW_LENGTH - 1;
  if (withArrows && arrowAtTo) end -= ARROW_LENGTH - 1;
  children.push(...strokes(f, start, end, quality));
  if (withArrows && arrowAtTo) children.push(arrowHead(tipB, dirB, colour));
  if (withArrows && arrowAtFrom) children.push(arrowHead(tipA, { x: -dirA.x, y: -dirA.y }, colour));
  if (opts.label) children.push(midLabel(f, start, end, opts.label));
  return el('g', attrs, children);
}
