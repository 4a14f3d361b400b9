/**
 * Genogram connectors, computed from positions (automatic or dragged by hand), so the lines
 * are always right: couple bars, drop lines, sibling bars, child lines and step-parent lines.
 * Pure geometry; src/draw/genogramConnectors.ts turns them into SVG. The style tables and the
 * builders of one couple or one child line are exported for the legend (src/draw/legend.ts),
 * so its samples are made exactly as the map's lines are.
 */
import type { CaseDocument, ParentType, PartnerStatus, Point } from '../graph/schema';
import { assignLevels, type Span } from './connectorsLevels';
import { buildFamily, type FamilyModel, type Union } from './family';
import { PARTNER_GAP, SLOT_WIDTH, SYMBOL_SIZE } from './metrics';
import type { Positions } from './types';

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'thin-dotted' | 'thin-dash-dot';
/** `slash` and `cross` are the short strokes across a couple line; `step` joins a step-parent to a child. */
export type ConnectorKind = 'couple' | 'slash' | 'cross' | 'drop' | 'sibling-bar' | 'child' | 'step';

export interface Connector {
  id: string;
  kind: ConnectorKind;
  unionId: string;
  /** A polyline. */
  points: Point[];
  style: LineStyle;
  /** The child of a child line. */
  childId?: string;
}

const R = SYMBOL_SIZE / 2;
/** A couple bar between adjacent partners runs this far below the symbols' centre line. */
export const COUPLE_BAR_DY = 10;
/** A couple bar that must pass other people runs under their name labels. */
const LOW_BAR_DY = 64;
const JOG_DY = 92;
const SIBLING_BAR_DY = 30;
const LEVEL_STEP = 8;
/** Where a second (adoptive/foster) child line meets the child, so it does not hide the first. */
const CHILD_OFFSETS = [0, 8, -8, 16, -16];

/** The couple line of each partner status (notation.md). */
export const COUPLE_STYLE: Readonly<Record<PartnerStatus, LineStyle>> = {
  married: 'solid', cohabiting: 'dashed', relationship: 'dotted', separated: 'solid', divorced: 'solid', widowed: 'solid',
};
/**
 * Two parents with no partner relation entered: a thin line in a style of its own, so it never
 * reads as a relationship (notation.md).
 */
export const NO_RELATION_STYLE: LineStyle = 'thin-dash-dot';
export type CoupleMark = 'none' | 'slash' | 'two-slashes' | 'cross';
/** What crosses the couple line: separated one slash, divorced two, widowed a small cross. */
export const COUPLE_MARK: Readonly<Record<PartnerStatus, CoupleMark>> = {
  married: 'none', cohabiting: 'none', relationship: 'none', separated: 'slash', divorced: 'two-slashes', widowed: 'cross',
};
/** The line from the sibling bar to a child; a step-parent's line runs straight from them to the child. */
export const CHILD_STYLE: Readonly<Record<ParentType, LineStyle>> = {
  biological: 'solid', adoptive: 'dashed', foster: 'dotted', step: 'thin-dotted',
};
/** A step-parent line stops this far from the centres, clear of both symbols. */
export const STEP_TRIM = R + 6;

export function genogramConnectors(doc: CaseDocument, positions: Positions): Connector[] {
  const model = buildFamily(doc);
  const out: Connector[] = [];
  const placed = byX([...positions.keys()].filter((id) => model.person.has(id)), positions);
  const rowOf = (p: Point) => Math.round(p.y);

  // 1. Couple bars, and where each union's drop line starts.
  const dropStart = new Map<string, Point>();
  const lowSpans: Span[] = [];
  const lowCouples: Array<{ u: Union; a: Point; b: Point }> = [];
  for (const u of model.unions) {
    const pts = u.partners.map((p) => positions.get(p));
    if (pts.some((p) => !p) || pts.length === 0) continue;
    if (pts.length === 1) {
      dropStart.set(u.id, { x: pts[0]!.x, y: pts[0]!.y + R });
      continue;
    }
    const [a, b] = (pts[0]!.x <= pts[1]!.x ? [pts[0]!, pts[1]!] : [pts[1]!, pts[0]!]) as [Point, Point];
    if (blocked(a, b, u.partners, placed, positions)) {
      lowSpans.push({ key: u.id, row: rowOf(a), from: a.x, to: b.x });
      lowCouples.push({ u, a, b });
      continue;
    }
    const bar = [{ x: a.x + R, y: a.y + COUPLE_BAR_DY }, { x: b.x - R, y: b.y + COUPLE_BAR_DY }];
    out.push(...coupleConnectors(u.id, u.status, bar, bar));
    dropStart.set(u.id, mid(bar[0]!, bar[1]!));
  }
  const lowLevel = assignLevels(lowSpans);
  for (const { u, a, b } of lowCouples) {
    const y = Math.max(a.y, b.y) + LOW_BAR_DY + LEVEL_STEP * lowLevel.get(u.id)!;
    const pa = endpoint(a, 1, y, u, model, positions, placed);
    const pb = endpoint(b, -1, y, u, model, positions, placed).reverse();
    const low = [pa[pa.length - 1]!, pb[0]!];
    out.push(...coupleConnectors(u.id, u.status, [...pa, ...pb], low));
    dropStart.set(u.id, mid(low[0]!, low[1]!));
  }

  // 2. Sibling bars (distinct heights where they would overlap) and drop lines (jogging sideways).
  interface Family { u: Union; kids: Array<{ id: string; x: number; top: number; type: ParentType }>; start?: Point; rowY: number; jx: number }
  const families: Family[] = [];
  for (const u of model.unions) {
    const kids = u.children
      .filter((c) => positions.get(c) && u.childType.get(c) !== 'step')
      .map((c) => {
        const i = model.childUnions.get(c)!.indexOf(u.id);
        const p = positions.get(c)!;
        return { id: c, x: p.x + (CHILD_OFFSETS[i] ?? 0), top: p.y - R, type: u.childType.get(c)! };
      });
    if (kids.length === 0 || (u.partners.length > 0 && !dropStart.has(u.id))) continue;
    if (u.partners.length === 0 && kids.length < 2) continue;
    const start = dropStart.get(u.id);
    const xs = kids.map((k) => k.x);
    const jx = start ? Math.min(Math.max(start.x, Math.min(...xs)), Math.max(...xs)) : 0;
    const rowY = Math.max(...u.partners.map((p) => positions.get(p)?.y ?? 0));
    families.push({ u, kids, start, rowY, jx });
  }
  const barRow = (f: Family) => Math.round(Math.min(...f.kids.map((k) => k.top)));
  const barLevel = assignLevels(
    families.map((f) => {
      const xs = [...f.kids.map((k) => k.x), f.jx];
      return { key: f.u.id, row: barRow(f), from: Math.min(...xs), to: Math.max(...xs) };
    }),
  );
  const jogs = families.filter((f) => f.start && Math.abs(f.start.x - f.jx) > 0.5);
  const jogLevel = assignLevels(
    jogs.map((f) => ({ key: f.u.id, row: Math.round(f.rowY), from: Math.min(f.start!.x, f.jx), to: Math.max(f.start!.x, f.jx) })),
  );
  for (const f of families) {
    const barY = barRow(f) - SIBLING_BAR_DY - LEVEL_STEP * barLevel.get(f.u.id)!;
    const xs = f.kids.map((k) => k.x);
    const from = Math.min(...xs, f.start ? f.jx : Infinity);
    const to = Math.max(...xs, f.start ? f.jx : -Infinity);
    if (to - from > 0.5) out.push({ id: `sib:${f.u.id}`, kind: 'sibling-bar', unionId: f.u.id, points: [{ x: from, y: barY }, { x: to, y: barY }], style: 'solid' });
    if (f.start) {
      const s = f.start;
      // Jog on the parents' row's own track, but never below the sibling bar (dragged positions).
      const jogY = Math.min(f.rowY + JOG_DY + LEVEL_STEP * (jogLevel.get(f.u.id) ?? 0), barY - 12);
      const points = jogLevel.has(f.u.id)
        ? [s, { x: s.x, y: jogY }, { x: f.jx, y: jogY }, { x: f.jx, y: barY }]
        : [s, { x: s.x, y: barY }];
      out.push({ id: `drop:${f.u.id}`, kind: 'drop', unionId: f.u.id, points, style: 'solid' });
    }
    for (const k of f.kids) {
      out.push(childLine(f.u.id, k.id, k.type, [{ x: k.x, y: barY }, { x: k.x, y: k.top }]));
    }
  }

  // 3. Step-parents: no child line (they are not in the family's unions) but a thin line of their own.
  for (const r of doc.relations) {
    if (r.kind !== 'parent' || r.type !== 'step' || r.from === r.to) continue;
    const a = positions.get(r.from);
    const b = positions.get(r.to);
    if (!a || !b || !model.person.has(r.from) || !model.person.has(r.to)) continue;
    const line = stepLine(r.id, r.to, a, b);
    if (line) out.push(line);
  }
  return out;
}

/** The line from a sibling bar down to a child, in the style of the child's bond with the union (never step: see stepLine). */
export function childLine(unionId: string, childId: string, type: ParentType, points: Point[]): Connector {
  return { id: `child:${unionId}:${childId}`, kind: 'child', unionId, childId, points, style: CHILD_STYLE[type] };
}

/** The line from a step-parent's symbol centre `a` to the child's `b`, trimmed; null when they touch. */
export function stepLine(id: string, childId: string, a: Point, b: Point): Connector | null {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length <= 2 * STEP_TRIM + 4) return null;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  return {
    id: `step:${id}`, kind: 'step', unionId: id, childId,
    points: [{ x: a.x + ux * STEP_TRIM, y: a.y + uy * STEP_TRIM }, { x: b.x - ux * STEP_TRIM, y: b.y - uy * STEP_TRIM }],
    style: CHILD_STYLE.step,
  };
}

function mid(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * One couple's line along `points`, in the style of its status (`undefined`: no partner relation
 * entered), with the marks of that status across `slashOn` (a straight stretch of the line).
 */
export function coupleConnectors(unionId: string, status: PartnerStatus | undefined, points: Point[], slashOn: Point[]): Connector[] {
  const out: Connector[] = [
    { id: `couple:${unionId}`, kind: 'couple', unionId, points, style: status ? COUPLE_STYLE[status] : NO_RELATION_STYLE },
  ];
  const mark = status ? COUPLE_MARK[status] : 'none';
  if (mark === 'none') return out;
  const [a, b] = slashOn as [Point, Point];
  // At 30% of the bar, clear of the drop line that leaves from its middle.
  const c = { x: a.x + (b.x - a.x) * 0.3, y: a.y + (b.y - a.y) * 0.3 };
  const stroke = (kind: 'slash' | 'cross', i: number, from: Point, to: Point): Connector => ({
    id: `${kind}:${unionId}:${i}`, kind, unionId, points: [from, to], style: 'solid',
  });
  if (mark === 'cross') {
    // Small, like the X of the deceased partner's symbol, so it does not read as slashes.
    out.push(stroke('cross', 0, { x: c.x - 4, y: c.y - 4 }, { x: c.x + 4, y: c.y + 4 }));
    out.push(stroke('cross', 1, { x: c.x - 4, y: c.y + 4 }, { x: c.x + 4, y: c.y - 4 }));
    return out;
  }
  const offsets = mark === 'slash' ? [0] : [-4, 4];
  offsets.forEach((dx, i) => out.push(stroke('slash', i, { x: c.x + dx - 4, y: c.y + 7 }, { x: c.x + dx + 4, y: c.y - 7 })));
  return out;
}

/** People sorted by x, so "who stands between x0 and x1" is a binary search, not a scan of everyone. */
interface ByX {
  ids: string[];
  xs: number[];
}

function byX(ids: string[], positions: Positions): ByX {
  const sorted = [...ids].sort((a, b) => positions.get(a)!.x - positions.get(b)!.x || (a < b ? -1 : 1));
  return { ids: sorted, xs: sorted.map((id) => positions.get(id)!.x) };
}

/** Ids with x0 < x < x1. */
function between(index: ByX, x0: number, x1: number): string[] {
  let lo = 0;
  let hi = index.xs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (index.xs[m]! <= x0) lo = m + 1;
    else hi = m;
  }
  const out: string[] = [];
  for (let i = lo; i < index.xs.length && index.xs[i]! < x1; i++) out.push(index.ids[i]!);
  return out;
}

/** Does another person stand between the partners (so a straight bar would run through them)? */
function blocked(a: Point, b: Point, partners: string[], placed: ByX, positions: Positions): boolean {
  if (Math.abs(a.y - b.y) > SYMBOL_SIZE) return false;
  return between(placed, a.x, b.x).some(
    (id) => !partners.includes(id) && Math.abs(positions.get(id)!.y - (a.y + b.y) / 2) < SYMBOL_SIZE,
  );
}

/**
 * The path from a partner down to a low couple bar: out of the side when the gap next to them
 * is free (no name label crossed), otherwise from the bottom, off-centre (clear of the label's middle).
 */
function endpoint(p: Point, dir: 1 | -1, lowY: number, u: Union, model: FamilyModel, positions: Positions, placed: ByX): Point[] {
  const me = u.partners.find((id) => positions.get(id) === p)!;
  const step = SLOT_WIDTH + PARTNER_GAP;
  const neighbour = between(placed, p.x - step - 1, p.x + step + 1).find((id) => {
    const q = positions.get(id)!;
    return id !== me && Math.abs(q.y - p.y) < SYMBOL_SIZE && (q.x - p.x) * dir > 0 && Math.abs(q.x - p.x) < step + 1;
  });
  const gapTaken =
    neighbour !== undefined &&
    model.unions.some((v) => v.partners.length === 2 && v.partners.includes(me) && v.partners.includes(neighbour)); // few low bars: fine
  if (!gapTaken) {
    const gx = p.x + dir * (SLOT_WIDTH / 2 + PARTNER_GAP / 2);
    return [{ x: p.x + dir * R, y: p.y + COUPLE_BAR_DY }, { x: gx, y: p.y + COUPLE_BAR_DY }, { x: gx, y: lowY }];
  }
  const x = p.x + dir * 12;
  return [{ x, y: p.y + R - 4 }, { x, y: lowY }];
}
