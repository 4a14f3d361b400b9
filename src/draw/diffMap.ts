/**
 * The difference map: one drawing of what changed between two moments, on a stable layout
 * (diffPlaces: people stay where they are now, those who left stand where they were). Research
 * on dynamic graphs (Archambault et al.) found such marked maps give fewer errors than two maps
 * side by side or an animation. Every change carries a word or a shape, never colour alone, so
 * it reads in black and white and on paper:
 *   new person or tie — a boxed "nieuw";   gone — grey, dashed, with "weg";
 *   moved ring/sector — a dashed arrow from the old spot and "ring 3 → 2";   changed tie — "gewijzigd (was …)".
 * Plain SVG only (no CSS, masks or markers), like drawMap, so the PDF export can use it too.
 */
import type { ChangeFacts } from '../graph/diff';
import type { CaseDocument, Person, Point, ViewName } from '../graph/schema';
import { genogramConnectors } from '../layout/connectors';
import type { DiffPlaces } from '../layout/diffPlaces';
import { SYMBOL_SIZE } from '../layout/metrics';
import type { EcogramGeometry } from '../layout/netwerkkaartGeometry';
import { snapshotText as t } from '../i18n/snapshots';
import { displayName } from '../i18n/names';
import { tieQualityLabels } from '../i18n/labels';
import { ecogramBackground } from './ecogramBackground';
import { drawGenogramConnectors } from './genogramConnectors';
import { path } from './geometry';
import { drawingBox, type MapDrawing } from './map';
import { drawPerson } from './person';
import { INK } from './symbols';
import { approxTextWidth } from './text';
import { arrowHead, tieLine, TIE_TRIM, trimmed } from './ties';
import { tieBendAmong } from '../layout/tieRoute';
import { el, type SvgNode } from './svg';

export const GHOST_COLOUR = '#8a8a8a';
const TAG_FONT = 11;

export interface DiffMapInput {
  view: ViewName;
  /** The later moment; the earlier one is in `facts` and `places` (who left, where they were). */
  after: CaseDocument;
  facts: ChangeFacts;
  places: DiffPlaces;
  /** The later netwerkkaart's rings and wedges (netwerkkaart only). */
  geometry?: EcogramGeometry;
  /** Draw the ties in the genogram too. */
  showTies?: boolean;
}

/** A boxed word above a symbol; `dashed` for the marks of what is gone. */
function tag(text: string, dashed = false): SvgNode {
  const width = approxTextWidth(text, TAG_FONT) + 8;
  const y = -SYMBOL_SIZE / 2 - 22;
  return el('g', { 'data-part': 'diff-tag' }, [
    el('rect', { x: -width / 2, y, width, height: 16, rx: 3, fill: '#ffffff', stroke: dashed ? GHOST_COLOUR : INK, 'stroke-width': 1.2, 'stroke-dasharray': dashed ? '3 2' : undefined }),
    el('text', { x: 0, y: y + 12, 'text-anchor': 'middle', 'font-size': TAG_FONT, 'font-weight': 700, fill: dashed ? '#555555' : INK }, [text]),
  ]);
}

/** A person's group; its accessible name says the change in words ("Trainer Kees: nieuw"). */
function placed(p: Person, at: Point, kind: string, mark: string | null, children: SvgNode[]): SvgNode {
  const name = mark ? `${displayName(p)}: ${mark}` : displayName(p);
  return el('g', { transform: `translate(${at.x} ${at.y})`, 'data-person-id': p.id, 'data-diff': kind, role: 'img', 'aria-label': name }, children);
}

/** A person who left: faded, ringed with a dashed circle, marked "weg". */
function ghost(p: Person, view: ViewName, at: Point): SvgNode {
  return placed(p, at, 'gone', t.markGone, [
    el('g', { opacity: 0.45 }, [drawPerson(p, { view })]),
    el('circle', { cx: 0, cy: 0, r: SYMBOL_SIZE / 2 + 7, fill: 'none', stroke: GHOST_COLOUR, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
    tag(t.markGone, true),
  ]);
}

/** A dashed grey line with "weg" in the middle: a tie that is no longer there. */
function ghostTie(a: Point, b: Point, name: string): SvgNode | null {
  const seg = trimmed(a, b, TIE_TRIM, TIE_TRIM);
  if (!seg) return null;
  const m = { x: (seg[0].x + seg[1].x) / 2, y: (seg[0].y + seg[1].y) / 2 };
  return el('g', { class: 'tie', 'data-diff': 'gone', role: 'img', 'aria-label': `${name}: ${t.markGone}` }, [
    el('path', { d: path(seg), stroke: GHOST_COLOUR, 'stroke-width': 2, 'stroke-dasharray': '2 4', fill: 'none' }),
    el('g', { transform: `translate(${m.x} ${m.y + SYMBOL_SIZE / 2 + 14})` }, [tag(t.markGone, true)]),
  ]);
}

/** From the old spot to the new: a dashed arrow, and a small dashed circle where the person stood. */
function moveArrow(from: Point, to: Point): SvgNode | null {
  const seg = trimmed(from, to, SYMBOL_SIZE / 2 - 6, SYMBOL_SIZE / 2 + 4);
  if (!seg) return null;
  const len = Math.hypot(seg[1].x - seg[0].x, seg[1].y - seg[0].y);
  const dir = { x: (seg[1].x - seg[0].x) / len, y: (seg[1].y - seg[0].y) / len };
  return el('g', { 'data-part': 'move-arrow' }, [
    el('circle', { cx: from.x, cy: from.y, r: SYMBOL_SIZE / 2 - 8, fill: 'none', stroke: INK, 'stroke-width': 1.2, 'stroke-dasharray': '3 3' }),
    el('path', { d: path([seg[0], { x: seg[1].x - dir.x * 9, y: seg[1].y - dir.y * 9 }]), stroke: INK, 'stroke-width': 1.6, 'stroke-dasharray': '6 4', fill: 'none' }),
    arrowHead(seg[1], dir),
  ]);
}

export function drawDiffMap(input: DiffMapInput): MapDrawing {
  const { view, after, facts, places } = input;
  const at = places.positions;
  const layers: SvgNode[] = [];
  if (view === 'netwerkkaart' && input.geometry) layers.push(ecogramBackground(input.geometry));
  if (view === 'genogram') {
    // Family lines that are gone (a partner or parent who left), grey and dashed under today's.
    const gone = facts.diff.relations.removed.filter((r) => r.kind !== 'tie');
    if (gone.length > 0) {
      const then = { ...after, people: [...facts.left, ...after.people], relations: gone };
      layers.push(el('g', { opacity: 0.45, 'stroke-dasharray': '4 3', 'data-diff': 'gone' }, [drawGenogramConnectors(genogramConnectors(then, at))]));
    }
    layers.push(drawGenogramConnectors(genogramConnectors(after, at)));
  }

  if (view === 'netwerkkaart' || input.showTies) {
    const added = new Set(facts.tiesAdded.map((r) => r.id));
    const changed = new Map(facts.tiesChanged.map((c) => [c.after.id, c]));
    const ties: SvgNode[] = [];
    const names = new Map([...facts.left, ...after.people].map((p) => [p.id, displayName(p)]));
    const tieName = (r: { from: string; to: string }) => t.tieName(names.get(r.from) ?? '', names.get(r.to) ?? '');
    for (const r of facts.tiesRemoved) {
      const a = at.get(r.from);
      const b = at.get(r.to);
      const line = a && b ? ghostTie(a, b, tieName(r)) : null;
      if (line) ties.push(line);
    }
    for (const r of after.relations) {
      if (r.kind !== 'tie') continue;
      const a = at.get(r.from);
      const b = at.get(r.to);
      if (!a || !b) continue;
      const change = changed.get(r.id);
      const label = added.has(r.id) ? t.markNew : change?.quality ? `${t.markChanged} (was ${tieQualityLabels[change.quality[0]].toLowerCase()})` : change ? t.markChanged : undefined;
      const line = tieLine(a, b, r.quality, r.flow, { label, bend: tieBendAmong(r.from, r.to, at) });
      ties.push(label ? el('g', { 'data-diff': added.has(r.id) ? 'new' : 'changed', 'data-relation-id': r.id, role: 'img', 'aria-label': `${tieName(r)}: ${label}` }, [line]) : line);
    }
    layers.push(el('g', { class: 'ties' }, ties));
  }

  const arrows: SvgNode[] = [];
  for (const [id, from] of places.movedFrom) {
    const to = at.get(id);
    const arrow = to ? moveArrow(from, to) : null;
    if (arrow) arrows.push(arrow);
  }
  layers.push(el('g', { class: 'moves' }, arrows));

  const joined = new Set(facts.joined.map((p) => p.id));
  const moved = new Map(facts.moved.map((m) => [m.person.id, m]));
  const people: SvgNode[] = [];
  const drawn: Person[] = [];
  for (const p of facts.left) {
    const spot = at.get(p.id);
    if (!spot) continue;
    people.push(ghost(p, view, spot));
    drawn.push(p);
  }
  for (const p of after.people) {
    const spot = at.get(p.id);
    if (!spot) continue;
    drawn.push(p);
    const m = moved.get(p.id);
    const mark = joined.has(p.id) ? t.markNew : m?.ring ? t.markRing(m.ring[0], m.ring[1]) : m?.sector ? t.markSector : null;
    const kind = joined.has(p.id) ? 'new' : m ? 'moved' : 'same';
    people.push(placed(p, spot, kind, mark, [drawPerson(p, { view }), ...(mark ? [tag(mark)] : [])]));
  }
  layers.push(el('g', { class: 'people' }, people));
  return {
    node: el('g', { class: `map map--${view} map--diff` }, layers),
    box: drawingBox(drawn, at, view, null, input.geometry ?? null),
    people: drawn,
  };
}
