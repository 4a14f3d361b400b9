/**
 * drawMap's SvgNode tree written straight into the PDF page as vector operators, without
 * serialising it to markup, parsing that into a DOM and handing it to svg2pdf.js. The drawing
 * uses a small, known part of SVG (g with transform and opacity, path with M/L/H/V/C/Q/A/Z,
 * rect, circle, ellipse, line, polyline, polygon, text without tspans; see svgPaint.ts), so
 * converting it here is far cheaper (svg2pdf.js styled and measured every element through the
 * DOM: most of a 250-person export's time), needs no DOM at all, and centres every name with
 * the embedded font's own metrics, so nothing has to measure text with the browser's fonts.
 *
 * Everything is written as raw operators (pdf.internal.write): each transformed group as
 * q … cm … Q around its children in their own coordinates, text as text objects whose glyphs
 * jsPDF's Identity-H encoder turns into ids (and marks for the subset). Family text stays text:
 * it is encoded glyph by glyph, never read as markup or as PDF syntax. Group opacity is applied to each child's paint (a group of
 * overlapping shapes fades a little differently from the screen's; the drawing's faded groups
 * are a symbol and its name, which barely overlap).
 */
import { GState, type jsPDF } from 'jspdf';
import type { SvgNode } from '../draw/svg';
import { PDF_FONT } from './fontFamily';
import type { Box } from './pageMaths';
import { arcToCubics, parseTransform } from './svgGeometry';
import { parsePaint, type Rgb } from './svgPaint';

/** jsPDF's untyped internal writer: appends a line to the current page's content stream. */
interface RawWriter {
  write(line: string): void;
}

interface Style {
  fill: Rgb | null;
  stroke: Rgb | null;
  strokeWidth: number;
  dash: number[] | null;
  cap: number;
  join: number;
  fillOpacity: number;
  strokeOpacity: number;
  /** Product of the ancestors' (not inherited, multiplied) opacity. */
  opacity: number;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  anchor: 'start' | 'middle' | 'end';
}

const INITIAL: Style = {
  fill: [0, 0, 0],
  stroke: null,
  strokeWidth: 1,
  dash: null,
  cap: 0,
  join: 0,
  fillOpacity: 1,
  strokeOpacity: 1,
  opacity: 1,
  fontSize: 16,
  bold: false,
  italic: false,
  anchor: 'start',
};

const CAPS: Record<string, number> = { butt: 0, round: 1, square: 2 };
const JOINS: Record<string, number> = { miter: 0, round: 1, bevel: 2 };

/** Two decimals: drawing units are screen pixels, a hundredth of one is far below what paper shows. */
function n(v: number): string {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? '0' : String(r);
}

/** A matrix's scale and rotation need more digits than coordinates (an overview is scaled by ~0.05). */
function n5(v: number): string {
  const r = Math.round(v * 100000) / 100000;
  return r === 0 ? '0' : String(r);
}

interface JsPdfFont {
  id: string;
  metadata: { characterToGlyph(code: number): number };
}

/**
 * The text with every character the embedded face cannot show (an emoji, a script DejaVu Sans
 * lacks) as U+FFFD: jsPDF's glyph encoder stops at the first character without a glyph, which
 * would cut off the rest of the name.
 */
export function printable(text: string, font: JsPdfFont): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Beyond the BMP the encoder reads UTF-16 halves, which never have a glyph.
    out += code <= 0xffff && font.metadata.characterToGlyph(code) !== 0 ? ch : '\ufffd';
  }
  return out;
}

/** What jsPDF's text() does to a string for an Identity-H font: glyph ids in hex, marked for the subset and the ToUnicode map. */
interface Escape16 {
  pdfEscape16(text: string, font: JsPdfFont): string;
}

/** The paint state the page has now; q pushes it and Q brings the saved one back, like PDF's own stack. */
interface Paint {
  fill: string;
  stroke: string;
  dash: string;
  alpha: string;
}

/** Faces whose glyphs this writer put on a page of this PDF; jsPDF writes only fonts its own text() used. */
const facesUsed = new WeakMap<jsPDF, Set<FontFace>>();

type FontFace = 'normal' | 'bold' | 'italic';

class Writer {
  private readonly hasItalic: boolean;
  private out: string[] = [];
  private paint: Paint = { fill: '', stroke: '', dash: '', alpha: '1 1' };
  private readonly saved: Paint[] = [];
  /** The graphics state jsPDF believes is set (it skips a gs it thinks is current, even after our Q). */
  private believedAlpha = '';
  private readonly fonts = new Map<FontFace, JsPdfFont>();

  constructor(private readonly pdf: jsPDF) {
    this.hasItalic = (pdf.getFontList()[PDF_FONT] ?? []).includes('italic');
  }

  node(node: SvgNode, parent: Style): void {
    const a = node.attrs ?? {};
    if (node.tag === 'title' || node.tag === 'desc' || a.display === 'none' || a.visibility === 'hidden') return;
    const style = inherit(parent, a);
    // A group's own transform as PDF's cm: its children keep their local numbers, so the same
    // symbol drawn for 250 people is the same bytes every time and compresses to almost nothing.
    const m = a.transform === undefined ? null : parseTransform(String(a.transform));
    if (m) this.push(`q ${m.slice(0, 4).map(n5).join(' ')} ${n(m[4])} ${n(m[5])} cm`);
    switch (node.tag) {
      case 'g':
      case 'svg':
        for (const child of node.children ?? []) if (typeof child !== 'string') this.node(child, style);
        break;
      case 'text':
        this.text(node, style);
        break;
      default: {
        const d = shapePath(node.tag, a);
        if (d) this.shape(d, style);
      }
    }
    if (m) this.pop();
  }

  /** Opens the drawing: page coordinates (y up) to the drawing's (y down), scaled and moved into place. */
  begin(scale: number, dx: number, dy: number): void {
    const height = this.pdf.internal.pageSize.getHeight();
    this.push(`q ${n5(scale)} 0 0 ${n5(-scale)} ${n(dx)} ${n(height - dy)} cm`);
  }

  end(): void {
    this.pop();
    this.flush();
    // The page is back to the state before begin(): opaque. Tell jsPDF, which may believe otherwise.
    if (this.believedAlpha !== '' && this.believedAlpha !== '1 1') this.pdf.setGState(new GState({ opacity: 1, 'stroke-opacity': 1 }));
    const used = facesUsed.get(this.pdf) ?? new Set<FontFace>();
    facesUsed.set(this.pdf, used);
    for (const face of this.fonts.keys()) {
      if (used.has(face)) continue;
      used.add(face);
      // jsPDF embeds a font only once its own text() has used it (an empty text does not count):
      // one space, which paints nothing, marks it. (Not rendering mode 'invisible': that mode
      // stays set and would hide the drawing's next texts.)
      this.pdf.setFont(PDF_FONT, face);
      this.pdf.text(' ', 0, 0);
    }
  }

  private push(op: string): void {
    this.out.push(op);
    this.saved.push({ ...this.paint });
  }

  private pop(): void {
    this.out.push('Q');
    this.paint = this.saved.pop() ?? this.paint;
  }

  private flush(): void {
    if (this.out.length === 0) return;
    (this.pdf.internal as unknown as RawWriter).write(this.out.join('\n'));
    this.out = [];
  }

  private setAlpha(fill: number, stroke: number): void {
    const key = `${n(fill)} ${n(stroke)}`;
    if (key === this.paint.alpha) return;
    this.flush();
    if (key === this.believedAlpha) {
      // jsPDF would skip it as current; a different state first makes it write this one.
      this.pdf.setGState(new GState({ opacity: fill === 1 ? 0.5 : 1, 'stroke-opacity': 1 }));
    }
    this.pdf.setGState(new GState({ opacity: fill, 'stroke-opacity': stroke }));
    this.paint.alpha = this.believedAlpha = key;
  }

  private shape(d: string, s: Style): void {
    const fillA = s.opacity * s.fillOpacity;
    const strokeA = s.opacity * s.strokeOpacity;
    const fill = s.fill && fillA > 0 ? s.fill : null;
    const stroke = s.stroke && strokeA > 0 && s.strokeWidth > 0 ? s.stroke : null;
    if (!fill && !stroke) return;
    const ops = cachedPathOps(d);
    if (!ops) return;
    this.setAlpha(fill ? fillA : 1, stroke ? strokeA : 1);
    const { out, paint } = this;
    if (fill) {
      const op = `${rgb(fill)} rg`;
      if (op !== paint.fill) out.push((paint.fill = op));
    }
    if (stroke) {
      const op = `${rgb(stroke)} RG ${n(s.strokeWidth)} w ${s.cap} J ${s.join} j`;
      if (op !== paint.stroke) out.push((paint.stroke = op));
      const dash = s.dash ? `[${s.dash.map(n).join(' ')}] 0 d` : '[] 0 d';
      if (dash !== paint.dash) out.push((paint.dash = dash));
    }
    out.push(`${ops} ${fill && stroke ? 'B' : fill ? 'f' : 'S'}`);
  }

  private font(face: FontFace): JsPdfFont {
    let font = this.fonts.get(face);
    if (!font) {
      font = (this.pdf as unknown as { getFont(name: string, style: string): JsPdfFont }).getFont(PDF_FONT, face);
      this.fonts.set(face, font);
    }
    return font;
  }

  /**
   * A text object of our own: jsPDF's text() works in page coordinates and cannot sit inside
   * the drawing's transforms. The glyphs are encoded by jsPDF's own Identity-H encoder, which
   * also records them for the font subset and the ToUnicode map (so a search finds the name).
   */
  private text(node: SvgNode, s: Style): void {
    const content = (node.children ?? [])
      .map((c) => (typeof c === 'string' ? c : ''))
      .join('')
      // SVG's default white-space handling: runs collapse to one space, ends are trimmed.
      .replace(/\s+/g, ' ')
      .trim();
    const fillA = s.opacity * s.fillOpacity;
    if (content === '' || !s.fill || fillA <= 0) return;
    const a = node.attrs ?? {};
    this.setAlpha(fillA, 1);
    const font = this.font(s.bold ? 'bold' : s.italic && this.hasItalic ? 'italic' : 'normal');
    const shown = printable(content, font);
    // Measured with the embedded face's own widths: the PDF prints in that face, whatever fonts this computer has.
    const width = this.pdf.getStringUnitWidth(shown, { font, fontSize: s.fontSize } as never) * s.fontSize;
    const x = num(a.x) - (s.anchor === 'middle' ? width / 2 : s.anchor === 'end' ? width : 0);
    const y = num(a.y);
    const hex = (this.pdf as unknown as Escape16).pdfEscape16(shown, font);
    const { out, paint } = this;
    const fill = `${rgb(s.fill)} rg`;
    if (fill !== paint.fill) out.push((paint.fill = fill));
    // 1 0 0 -1: upright letters inside the drawing's y-down space.
    out.push(`BT /${font.id} ${n(s.fontSize)} Tf 1 0 0 -1 ${n(x)} ${n(y)} Tm <${hex}> Tj ET`);
  }
}

/**
 * Writes `node` (drawing units, `view` its visible part) into `at` on the current page, scaled
 * uniformly and centred like SVG's default preserveAspectRatio ("xMidYMid meet").
 */
export function drawSvgNode(pdf: jsPDF, node: SvgNode, view: Box, at: Box): void {
  const scale = Math.min(at.width / view.width, at.height / view.height);
  const dx = at.x + (at.width - view.width * scale) / 2 - view.x * scale;
  const dy = at.y + (at.height - view.height * scale) / 2 - view.y * scale;
  const writer = new Writer(pdf);
  writer.begin(scale, dx, dy);
  writer.node(node, INITIAL);
  writer.end();
  // Captions and tables set their own font and colour, but start them from the usual ones.
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setTextColor(0, 0, 0);
}

function inherit(parent: Style, a: NonNullable<SvgNode['attrs']>): Style {
  const s = { ...parent };
  if (a.fill !== undefined) s.fill = parsePaint(String(a.fill));
  if (a.stroke !== undefined) s.stroke = parsePaint(String(a.stroke));
  if (a['stroke-width'] !== undefined) s.strokeWidth = num(a['stroke-width'], 1);
  if (a['stroke-dasharray'] !== undefined) s.dash = parseDash(String(a['stroke-dasharray']));
  if (a['stroke-linecap'] !== undefined) s.cap = CAPS[String(a['stroke-linecap'])] ?? 0;
  if (a['stroke-linejoin'] !== undefined) s.join = JOINS[String(a['stroke-linejoin'])] ?? 0;
  if (a['fill-opacity'] !== undefined) s.fillOpacity = clamp01(num(a['fill-opacity'], 1));
  if (a['stroke-opacity'] !== undefined) s.strokeOpacity = clamp01(num(a['stroke-opacity'], 1));
  if (a.opacity !== undefined) s.opacity = parent.opacity * clamp01(num(a.opacity, 1));
  if (a['font-size'] !== undefined) s.fontSize = num(a['font-size'], parent.fontSize);
  if (a['font-weight'] !== undefined) {
    const w = String(a['font-weight']);
    s.bold = w === 'bold' || w === 'bolder' || Number(w) >= 600;
  }
  if (a['font-style'] !== undefined) s.italic = a['font-style'] === 'italic' || a['font-style'] === 'oblique';
  if (a['text-anchor'] !== undefined) {
    const t = String(a['text-anchor']);
    s.anchor = t === 'middle' || t === 'end' ? t : 'start';
  }
  return s;
}

function num(v: string | number | undefined, fallback = 0): number {
  const x = typeof v === 'number' ? v : parseFloat(String(v ?? ''));
  return Number.isFinite(x) ? x : fallback;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

function parseDash(v: string): number[] | null {
  if (v === 'none') return null;
  const parts = v.split(/[\s,]+/).filter(Boolean).map(Number);
  if (parts.length === 0 || parts.some((p) => !Number.isFinite(p) || p < 0) || parts.every((p) => p === 0)) return null;
  // An odd list repeats (SVG), PDF takes it as written: make it even.
  return parts.length % 2 ? [...parts, ...parts] : parts;
}

function rgb([r, g, b]: Rgb): string {
  return `${n(r / 255)} ${n(g / 255)} ${n(b / 255)}`;
}

/** Every basic shape as path data, so one path writer draws them all. */
function shapePath(tag: string, a: NonNullable<SvgNode['attrs']>): string | null {
  switch (tag) {
    case 'path':
      return a.d === undefined ? null : String(a.d);
    case 'rect': {
      const x = num(a.x);
      const y = num(a.y);
      const w = num(a.width);
      const h = num(a.height);
      if (w <= 0 || h <= 0) return null;
      let rx = a.rx !== undefined ? num(a.rx) : a.ry !== undefined ? num(a.ry) : 0;
      let ry = a.ry !== undefined ? num(a.ry) : rx;
      rx = Math.min(Math.max(rx, 0), w / 2);
      ry = Math.min(Math.max(ry, 0), h / 2);
      if (rx === 0 || ry === 0) return `M${x} ${y} H${x + w} V${y + h} H${x} Z`;
      return (
        `M${x + rx} ${y} H${x + w - rx} A${rx} ${ry} 0 0 1 ${x + w} ${y + ry} V${y + h - ry} ` +
        `A${rx} ${ry} 0 0 1 ${x + w - rx} ${y + h} H${x + rx} A${rx} ${ry} 0 0 1 ${x} ${y + h - ry} ` +
        `V${y + ry} A${rx} ${ry} 0 0 1 ${x + rx} ${y} Z`
      );
    }
    case 'circle':
    case 'ellipse': {
      const cx = num(a.cx);
      const cy = num(a.cy);
      const rx = tag === 'circle' ? num(a.r) : num(a.rx);
      const ry = tag === 'circle' ? rx : num(a.ry);
      if (rx <= 0 || ry <= 0) return null;
      return `M${cx + rx} ${cy} A${rx} ${ry} 0 0 1 ${cx - rx} ${cy} A${rx} ${ry} 0 0 1 ${cx + rx} ${cy} Z`;
    }
    case 'line':
      return `M${num(a.x1)} ${num(a.y1)} L${num(a.x2)} ${num(a.y2)}`;
    case 'polyline':
    case 'polygon': {
      const p = String(a.points ?? '').trim();
      if (!p) return null;
      return `M${p}${tag === 'polygon' ? ' Z' : ''}`;
    }
    default:
      return null;
  }
}

/** Most shapes repeat (every person's square, circle and badge): each path is parsed once. */
const parsed = new Map<string, string | null>();
function cachedPathOps(d: string): string | null {
  let ops = parsed.get(d);
  if (ops === undefined) {
    // Bounded: a 1000-person map has a few thousand distinct lines, a long session more.
    if (parsed.size > 20_000) parsed.clear();
    ops = pathOps(d);
    parsed.set(d, ops);
  }
  return ops;
}

const TOKEN = /[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Path data -> PDF path operators in the drawing's own coordinates. Returns null
 * for a path without any segment. Arcs become cubic Béziers; S and T reflect the last control point.
 */
export function pathOps(d: string): string | null {
  const tokens = d.match(TOKEN) ?? [];
  const out: string[] = [];
  const pt = (x: number, y: number) => `${n(x)} ${n(y)}`;
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last control point, for S/T.
  let cx = 0;
  let cy = 0;
  let last = '';
  let drew = false;
  const isNum = () => i < tokens.length && !/^[A-Za-z]$/.test(tokens[i]!);
  // A command short of its numbers ends the path there, as in SVG.
  let short = false;
  const next = () => {
    if (!isNum()) {
      short = true;
      return 0;
    }
    return Number(tokens[i++]);
  };
  const cubic = (x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) => {
    out.push(`${pt(x1, y1)} ${pt(x2, y2)} ${pt(x3, y3)} c`);
    drew = true;
  };
  while (i < tokens.length) {
    if (/^[A-Za-z]$/.test(tokens[i]!)) cmd = tokens[i++]!;
    else if (cmd === '') return null; // numbers before any command: not path data
    const rel = cmd === cmd.toLowerCase();
    const C = cmd.toUpperCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    if (C === 'Z') {
      out.push('h');
      x = startX;
      y = startY;
      last = 'Z';
      continue;
    }
    if (!isNum()) break; // a command without its numbers ends the path (as in SVG)
    const mark = out.length;
    switch (C) {
      case 'M':
        x = ox + next();
        y = oy + next();
        startX = x;
        startY = y;
        out.push(`${pt(x, y)} m`);
        // Further pairs after M are line segments.
        cmd = rel ? 'l' : 'L';
        break;
      case 'L':
        x = ox + next();
        y = oy + next();
        out.push(`${pt(x, y)} l`);
        drew = true;
        break;
      case 'H':
        x = ox + next();
        out.push(`${pt(x, y)} l`);
        drew = true;
        break;
      case 'V':
        y = oy + next();
        out.push(`${pt(x, y)} l`);
        drew = true;
        break;
      case 'C':
      case 'S': {
        // S takes its first control point as the mirror of the previous curve's second.
        let x1: number;
        let y1: number;
        if (C === 'C') {
          x1 = ox + next();
          y1 = oy + next();
        } else {
          x1 = last === 'C' || last === 'S' ? 2 * x - cx : x;
          y1 = last === 'C' || last === 'S' ? 2 * y - cy : y;
        }
        const x2 = ox + next(), y2 = oy + next(), x3 = ox + next(), y3 = oy + next();
        cubic(x1, y1, x2, y2, x3, y3);
        cx = x2;
        cy = y2;
        x = x3;
        y = y3;
        break;
      }
      case 'Q':
      case 'T': {
        let qx: number;
        let qy: number;
        if (C === 'Q') {
          qx = ox + next();
          qy = oy + next();
        } else {
          qx = last === 'Q' || last === 'T' ? 2 * x - cx : x;
          qy = last === 'Q' || last === 'T' ? 2 * y - cy : y;
        }
        const x3 = ox + next(), y3 = oy + next();
        // A quadratic is the cubic with its control points two thirds of the way to the quadratic's.
        cubic(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), x3 + (2 / 3) * (qx - x3), y3 + (2 / 3) * (qy - y3), x3, y3);
        cx = qx;
        cy = qy;
        x = x3;
        y = y3;
        break;
      }
      case 'A': {
        const rx = next(), ry = next(), rot = next(), large = next(), sweep = next();
        const x3 = ox + next(), y3 = oy + next();
        for (const c of arcToCubics(x, y, rx, ry, rot, large !== 0, sweep !== 0, x3, y3)) cubic(...c);
        x = x3;
        y = y3;
        break;
      }
      default:
        return drew ? out.join(' ') : null;
    }
    if (short) {
      out.length = mark;
      break;
    }
    last = C;
  }
  return drew ? out.join(' ') : null;
}
