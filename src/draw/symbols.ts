/**
 * Person symbols in the standard genogram notation (notation.md), centred at (0,0):
 * square male, circle female, diamond non-binary/unknown; double outline for the focus person;
 * an X for deceased. Professionals are hatched and carry a small "prof" tag, so the share of
 * professional support shows at a glance, also on a black-and-white print.
 */
import type { Gender, Person, Point } from '../graph/schema';
import { SYMBOL_SIZE } from '../layout/metrics';
import { clipLineToConvex, fmt, path, regularPolygon } from './geometry';
import { el, type SvgNode } from './svg';
import { textBackdrop, truncate, wrapLines } from './text';
import { displayName } from '../i18n/names';

export type SymbolShape = 'square' | 'circle' | 'diamond';

export type SymbolPerson = Pick<Person, 'gender'> & Partial<Pick<Person, 'focus' | 'deceased' | 'sector'>>;

export interface SymbolOptions {
  /** Side of the square / diameter of the circle. */
  size?: number;
  /** Defaults to person.sector === 'professional'. */
  professional?: boolean;
  /** Defaults to person.focus. */
  focus?: boolean;
  selected?: boolean;
  /** E.g. the people who cover the need under the pointer. */
  highlighted?: boolean;
  /** Filtered out or not visible in a "bekijk als" preview. */
  dimmed?: boolean;
}

export const INK = '#1a1a1a';
export const PAPER = '#ffffff';
export const SELECT_COLOUR = '#1565c0';
export const HIGHLIGHT_COLOUR = '#f2a900';
/** A diamond as tall as a square looks smaller; this makes the three shapes look equally big. */
const DIAMOND_SCALE = 1.25;
export const FOCUS_GAP = 5;

export function shapeFor(gender: Gender): SymbolShape {
  return gender === 'male' ? 'square' : gender === 'female' ? 'circle' : 'diamond';
}

/** How far the symbol reaches from its centre (for placing labels and trimming lines). */
export function symbolExtent(shape: SymbolShape, size = SYMBOL_SIZE): number {
  return shape === 'diamond' ? (size / 2) * DIAMOND_SCALE : size / 2;
}

function outlinePolygon(shape: SymbolShape, half: number): Point[] {
  if (shape === 'square') {
    return [
      { x: -half, y: -half },
      { x: half, y: -half },
      { x: half, y: half },
      { x: -half, y: half },
    ];
  }
  if (shape === 'diamond') {
    const d = half * DIAMOND_SCALE;
    return [
      { x: 0, y: -d },
      { x: d, y: 0 },
      { x: 0, y: d },
      { x: -d, y: 0 },
    ];
  }
  return regularPolygon(half, 48);
}

/** The outline of a shape with half-size `half`, as one SVG element with the given attributes. */
export function shapeOutline(shape: SymbolShape, half: number, attrs: SvgNode['attrs']): SvgNode {
  if (shape === 'square') return el('rect', { x: -half, y: -half, width: half * 2, height: half * 2, ...attrs });
  if (shape === 'circle') return el('circle', { cx: 0, cy: 0, r: half, ...attrs });
  return el('path', { d: path(outlinePolygon('diamond', half), true), ...attrs });
}

function hatching(shape: SymbolShape, half: number): SvgNode {
  // Inset so the hatch lines stop short of the outline stroke.
  const poly = outlinePolygon(shape, half - 2.5);
  const dir = { x: Math.SQRT1_2, y: -Math.SQRT1_2 };
  const normal = { x: Math.SQRT1_2, y: Math.SQRT1_2 };
  const segments: string[] = [];
  const spacing = 6;
  const reach = half * DIAMOND_SCALE * 1.5;
  for (let t = -reach; t <= reach; t += spacing) {
    const seg = clipLineToConvex({ x: normal.x * t, y: normal.y * t }, dir, poly);
    if (seg) segments.push(path(seg));
  }
  return el('path', {
    d: segments.join(' '),
    stroke: '#6b6b6b',
    'stroke-width': 1.2,
    fill: 'none',
    'data-part': 'hatch',
  });
}

function deceasedCross(shape: SymbolShape, half: number): SvgNode {
  // The X reaches a little beyond the symbol so it reads as a cross, not as hatching. An X in a
  // diamond would run parallel to its sides and look like a grid, so the diamond gets an upright cross.
  const r = half + 4;
  const d =
    shape === 'diamond'
      ? `M0 ${fmt(-r * DIAMOND_SCALE)} L0 ${fmt(r * DIAMOND_SCALE)} M${fmt(-r * DIAMOND_SCALE)} 0 L${fmt(r * DIAMOND_SCALE)} 0`
      : `M${fmt(-r)} ${fmt(-r)} L${fmt(r)} ${fmt(r)} M${fmt(r)} ${fmt(-r)} L${fmt(-r)} ${fmt(r)}`;
  return el('path', {
    d,
    stroke: INK,
    'stroke-width': 2,
    'stroke-linecap': 'round',
    fill: 'none',
    'data-part': 'deceased-cross',
  });
}

export function personSymbol(person: SymbolPerson, opts: SymbolOptions = {}): SvgNode {
  const size = opts.size ?? SYMBOL_SIZE;
  const half = size / 2;
  const shape = shapeFor(person.gender);
  const focus = opts.focus ?? person.focus === true;
  const professional = opts.professional ?? person.sector === 'professional';
  const children: SvgNode[] = [];

  if (opts.highlighted) {
    children.push(
      shapeOutline(shape, half + 9, {
        fill: 'none',
        stroke: HIGHLIGHT_COLOUR,
        'stroke-width': 6,
        'stroke-opacity': 0.7,
        'data-part': 'highlight',
      }),
    );
  }
  if (opts.selected) {
    children.push(
      shapeOutline(shape, half + (focus ? FOCUS_GAP : 0) + 6, {
        fill: 'none',
        stroke: SELECT_COLOUR,
        'stroke-width': 2.5,
        'stroke-dasharray': '5 3',
        'data-part': 'selection',
      }),
    );
  }
  if (focus) {
    children.push(
      shapeOutline(shape, half + FOCUS_GAP, { fill: PAPER, stroke: INK, 'stroke-width': 2, 'data-part': 'focus-outline' }),
    );
  }
  children.push(shapeOutline(shape, half, { fill: PAPER, stroke: INK, 'stroke-width': 2, 'data-part': 'outline' }));
  if (professional) children.push(hatching(shape, half));
  if (person.deceased) children.push(deceasedCross(shape, half));
  // Hatching alone marks a professional (in black and white too); the "prof" tag it had was a
  // word the family does not use (issue 10), and the legend says "Hulpverlener (gearceerd)".

  return el(
    'g',
    {
      class: 'person-symbol',
      'data-shape': shape,
      'data-focus': focus ? 'true' : undefined,
      'data-professional': professional ? 'true' : undefined,
      opacity: opts.dimmed ? 0.35 : undefined,
    },
    children,
  );
}

export interface LabelOptions {
  /** Longer names get an ellipsis; the full name stays in the <title>. Ignored when maxWidth is set. */
  maxChars?: number;
  /** Wrap the name at spaces onto lines of at most this many px; only what does not fit is cut. */
  maxWidth?: number;
  /** Lines the name may take when wrapped (default 2). */
  maxLines?: number;
  /** The name's lines, already wrapped (e.g. cached by the caller); wins over maxWidth/maxChars. */
  lines?: string[];
  size?: number;
  fontSize?: number;
}

/** "1950", "1950–2020", "† 2020" — or '' when no years are known. */
export function yearLine(person: Pick<Person, 'birthYear' | 'deathYear' | 'deceased'>): string {
  const { birthYear, deathYear } = person;
  if (birthYear !== undefined && deathYear !== undefined) return `${birthYear}–${deathYear}`;
  if (birthYear !== undefined) return person.deceased ? `${birthYear}–†` : String(birthYear);
  if (deathYear !== undefined) return `† ${deathYear}`;
  return '';
}

/** The name's lines as personLabel draws them. */
export function labelLines(name: string, opts: LabelOptions = {}): string[] {
  const shownName = displayName({ name });
  const fontSize = opts.fontSize ?? 12;
  if (opts.lines !== undefined && opts.lines.length > 0) return opts.lines;
  if (opts.maxWidth !== undefined) return wrapLines(shownName, opts.maxWidth, fontSize, opts.maxLines ?? 2);
  return [truncate(shownName, opts.maxChars ?? 14)];
}

/** How far below the symbol centre a label with `lines` name lines (and a year line) reaches. */
export function labelDepth(person: Pick<Person, 'gender' | 'focus'>, lines: number, opts: LabelOptions = {}): number {
  const fontSize = opts.fontSize ?? 12;
  const extent = symbolExtent(shapeFor(person.gender), opts.size ?? SYMBOL_SIZE) + (person.focus ? FOCUS_GAP : 0);
  return extent + 4 + (lines + 1) * (fontSize + 1);
}

/** Name (wrapped or cut) and years under a symbol centred at (0,0). */
export function personLabel(
  person: Pick<Person, 'name' | 'gender' | 'birthYear' | 'deathYear' | 'deceased' | 'focus'>,
  opts: LabelOptions = {},
): SvgNode {
  const fontSize = opts.fontSize ?? 12;
  const extent = symbolExtent(shapeFor(person.gender), opts.size ?? SYMBOL_SIZE) + (person.focus ? FOCUS_GAP : 0);
  const top = extent + fontSize + 4;
  const name = displayName(person);
  const shownLines = labelLines(person.name, opts);
  const years = yearLine(person);
  const backdrops: SvgNode[] = [];
  const texts: SvgNode[] = [];
  shownLines.forEach((line, i) => {
    const y = top + i * (fontSize + 1);
    backdrops.push(textBackdrop(0, y, line, fontSize));
    texts.push(
      el(
        'text',
        {
          x: 0,
          y,
          'text-anchor': 'middle',
          'font-size': fontSize,
          'font-weight': person.focus ? 700 : 400,
          fill: INK,
          'data-part': 'name',
        },
        [line],
      ),
    );
  });
  if (years !== '') {
    const y = top + shownLines.length * (fontSize + 1);
    backdrops.push(textBackdrop(0, y, years, fontSize - 1));
    texts.push(
      el(
        'text',
        {
          x: 0,
          y,
          'text-anchor': 'middle',
          'font-size': fontSize - 1,
          fill: '#404040',
          'data-part': 'years',
        },
        [years],
      ),
    );
  }
  // All backdrops first, so one line's box never covers the letters of the line above it.
  return el('g', { class: 'person-label' }, [el('title', {}, [name]), ...backdrops, ...texts]);
}
