/**
 * The netwerkkaart's background: three labelled closeness rings and labelled sector wedges
 * around the centre, in light lines so that people and ties stay in front.
 */
import type { Point, Sector } from '../graph/schema';
import { closenessLabels, sectorLabels } from '../i18n/labels';
import { polar, ringInner, ringOuter, type EcogramGeometry, type RingPlace } from '../layout/netwerkkaart';
import { RING_LABEL_FONT } from '../layout/netwerkkaartGeometry';
import { fmt } from './geometry';
import { PAPER } from './symbols';
import { el, type SvgNode } from './svg';
import { approxTextWidth, textBackdrop } from './text';

/** Rings and rays: light, yet 3:1 against the paper (WCAG 1.4.11 for graphics). */
export const ECOGRAM_LINE = '#8f8f8f';
/** An empty sector's name: lighter than a used one, still 4.5:1 as text. */
export const EMPTY_SECTOR_LABEL = '#767676';
const LABEL = '#4a4a4a';
const SECTOR_LABEL_GAP = 14;
const SECTOR_FONT = 14;

/** Closed path of the ring band [r0, r1] between two angles (clockwise from 12 o'clock). */
export function annularSectorPath(centre: Point, r0: number, r1: number, a0: number, a1: number): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const p0 = polar(centre, a0, r1);
  const p1 = polar(centre, a1, r1);
  const p2 = polar(centre, a1, r0);
  const p3 = polar(centre, a0, r0);
  return (
    `M${fmt(p0.x)} ${fmt(p0.y)} A${fmt(r1)} ${fmt(r1)} 0 ${large} 1 ${fmt(p1.x)} ${fmt(p1.y)} ` +
    `L${fmt(p2.x)} ${fmt(p2.y)} A${fmt(r0)} ${fmt(r0)} 0 ${large} 0 ${fmt(p3.x)} ${fmt(p3.y)} Z`
  );
}

/** How far the background reaches from the centre, sector labels included (for view boxes). */
export function ecogramExtent(geom: EcogramGeometry): number {
  return geom.ringRadii[2] + SECTOR_LABEL_GAP + 110;
}

/** Where a sector's name goes at angle `at`: anchor point, text-anchor and baseline shift. */
function sectorLabelPlace(geom: EcogramGeometry, at: number) {
  const p = polar(geom.centre, at, geom.ringRadii[2] + SECTOR_LABEL_GAP);
  const sin = Math.sin(at);
  const cos = Math.cos(at);
  const anchor: 'start' | 'end' | 'middle' = sin > 0.25 ? 'start' : sin < -0.25 ? 'end' : 'middle';
  // Above the circle the text sits on its baseline; below it hangs from its top.
  const dy = cos > 0.25 ? 0 : cos < -0.25 ? 11 : 5;
  return { x: p.x, y: p.y + dy, anchor };
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function sectorLabelBox(geom: EcogramGeometry, sector: Sector, at: number): Box {
  const { x, y, anchor } = sectorLabelPlace(geom, at);
  const width = approxTextWidth(sectorLabels[sector], SECTOR_FONT) * 1.1;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { minX: left - 4, maxX: left + width + 4, minY: y - SECTOR_FONT - 4, maxY: y + 6 };
}

/** What a person near the rim takes: the symbol, and the name and years under it (wrapped, read large). */
const PERSON_HALF_WIDTH = 50;
const PERSON_ABOVE = 26;
const PERSON_BELOW = 96;
/** Tried along each wedge, the middle first: enough to find a gap between two people. */
const LABEL_TRIES = [0, -0.15, 0.15, -0.3, 0.3, -0.42, 0.42];

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  const h = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The angle of each sector's name: the middle of its wedge, unless a person near the rim stands
 * there (their name hangs over the circle's edge at the bottom of the map and hid "Buurt"); then
 * the place along the wedge that overlaps people least, the nearest to the middle among equals.
 * Without `people` (or with nobody near the rim) every name is in the middle.
 */
export function sectorLabelAngles(geom: EcogramGeometry, people: Iterable<Point> = []): Map<Sector, number> {
  const rim = geom.ringRadii[1];
  const near: Box[] = [];
  for (const p of people) {
    if (Math.hypot(p.x - geom.centre.x, p.y - geom.centre.y) < rim) continue;
    near.push({ minX: p.x - PERSON_HALF_WIDTH, maxX: p.x + PERSON_HALF_WIDTH, minY: p.y - PERSON_ABOVE, maxY: p.y + PERSON_BELOW });
  }
  const angles = new Map<Sector, number>();
  for (const w of geom.sectors) {
    const mid = (w.startAngle + w.endAngle) / 2;
    const span = w.endAngle - w.startAngle;
    let best = mid;
    let bestCost = Infinity;
    for (const t of LABEL_TRIES) {
      const at = mid + t * span;
      const box = sectorLabelBox(geom, w.sector, at);
      let cost = 0;
      for (const b of near) cost += overlap(box, b);
      if (cost < bestCost - 1e-6) {
        best = at;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    angles.set(w.sector, best);
  }
  return angles;
}

/**
 * The box the background covers, the sector names included, measured per name rather than as
 * one generous radius: a fit to the screen then wastes no height above and below the circle.
 */
export function ecogramBox(geom: EcogramGeometry, labelAngles: ReadonlyMap<Sector, number> = sectorLabelAngles(geom)): Box {
  const r = geom.ringRadii[2];
  const box: Box = { minX: geom.centre.x - r, maxX: geom.centre.x + r, minY: geom.centre.y - r, maxY: geom.centre.y + r };
  for (const w of geom.sectors) {
    const label = sectorLabelBox(geom, w.sector, labelAngles.get(w.sector) ?? (w.startAngle + w.endAngle) / 2);
    box.minX = Math.min(box.minX, label.minX);
    box.maxX = Math.max(box.maxX, label.maxX);
    box.minY = Math.min(box.minY, label.minY);
    box.maxY = Math.max(box.maxY, label.maxY);
  }
  return box;
}

function sectorLabel(geom: EcogramGeometry, at: number, text: string, empty: boolean): SvgNode {
  const { x, y, anchor } = sectorLabelPlace(geom, at);
  return el(
    'text',
    {
      x,
      y,
      'text-anchor': anchor,
      'font-size': SECTOR_FONT,
      'font-weight': 700,
      fill: empty ? EMPTY_SECTOR_LABEL : LABEL,
      'data-part': 'sector-label',
    },
    [text],
  );
}

/** Ring names written along one ray where no person stands (an empty wedge or a boundary the layout keeps clear). */
function ringLabel(geom: EcogramGeometry, angle: number, closeness: 1 | 2 | 3): SvgNode {
  const r = (ringInner(geom, closeness) + ringOuter(geom, closeness)) / 2;
  const p = polar(geom.centre, angle, r);
  // Text runs along the ray, turned so that it is never upside down.
  let deg = (Math.atan2(-Math.cos(angle), Math.sin(angle)) * 180) / Math.PI;
  if (deg > 90) deg -= 180;
  if (deg < -90) deg += 180;
  const text = closenessLabels[closeness];
  const label = el(
    'text',
    { x: 0, y: 4, 'text-anchor': 'middle', 'font-size': RING_LABEL_FONT, 'font-style': 'italic', fill: LABEL, 'data-part': 'ring-label' },
    [text],
  );
  return el('g', { transform: `translate(${fmt(p.x)} ${fmt(p.y)}) rotate(${fmt(deg)})` }, [
    textBackdrop(0, 4, text, RING_LABEL_FONT),
    label,
  ]);
}

export interface BackgroundOptions {
  /** The cell under the pointer, shaded lightly, e.g. while choosing where to add a person. */
  highlight?: RingPlace | null;
  /** Where the sector names go (sectorLabelAngles); the middle of each wedge when absent. */
  labelAngles?: ReadonlyMap<Sector, number>;
}

export function ecogramBackground(geom: EcogramGeometry, opts: BackgroundOptions = {}): SvgNode {
  const { centre } = geom;
  const outer = geom.ringRadii[2];
  const children: SvgNode[] = [
    el('circle', { cx: centre.x, cy: centre.y, r: outer, fill: PAPER, stroke: ECOGRAM_LINE, 'stroke-width': 1.2 }),
  ];
  if (opts.highlight) {
    const w = geom.sectors.find((s) => s.sector === opts.highlight!.sector);
    if (w) {
      children.push(
        el('path', {
          d: annularSectorPath(
            centre,
            ringInner(geom, opts.highlight.closeness),
            ringOuter(geom, opts.highlight.closeness),
            w.startAngle,
            w.endAngle,
          ),
          fill: '#e3f2fd',
          stroke: 'none',
          'data-part': 'highlight',
        }),
      );
    }
  }
  for (const r of [geom.centreRadius, geom.ringRadii[0], geom.ringRadii[1]]) {
    children.push(el('circle', { cx: centre.x, cy: centre.y, r, fill: 'none', stroke: ECOGRAM_LINE, 'stroke-width': 1, 'data-part': 'ring' }));
  }
  const rays: string[] = geom.sectors.map((w) => {
    const a = polar(centre, w.startAngle, geom.centreRadius);
    const b = polar(centre, w.startAngle, outer);
    return `M${fmt(a.x)} ${fmt(a.y)} L${fmt(b.x)} ${fmt(b.y)}`;
  });
  children.push(el('path', { d: rays.join(' '), stroke: ECOGRAM_LINE, 'stroke-width': 1, fill: 'none', 'data-part': 'rays' }));
  for (const w of geom.sectors) {
    const at = opts.labelAngles?.get(w.sector) ?? (w.startAngle + w.endAngle) / 2;
    children.push(sectorLabel(geom, at, sectorLabels[w.sector], w.count === 0));
  }
  for (const c of [1, 2, 3] as const) children.push(ringLabel(geom, geom.ringLabelAngles[c - 1]!, c));
  return el('g', { class: 'ecogram-background' }, children);
}
