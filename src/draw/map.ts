/**
 * The whole map of a case as one framework-free drawing: the netwerkkaart's rings and sectors
 * or the genogram's connectors, the ties, every placed person with their marks and name. What
 * the PDF export and the comparison of snapshots draw; the canvas draws the same pieces (the
 * person, the connectors, the ties, the background) one by one so they can be dragged.
 *
 * The drawing uses plain SVG only: no CSS from the page, no foreignObject, masks, filters or
 * paint-order, which the PDF converter (export/svgToPdf) does not draw.
 */
import type { CaseDocument, Person, Point, ViewName } from '../graph/schema';
import { genogramConnectors } from '../layout/connectors';
import type { EcogramGeometry } from '../layout/netwerkkaart';
import { netwerkkaartView } from '../layout/netwerkkaartView';
import type { Positions } from '../layout/types';
import { ecogramBackground, ecogramBox, sectorLabelAngles } from './ecogramBackground';
import { drawGenogramConnectors } from './genogramConnectors';
import { DEFAULT_ROOM, labelRoom } from './labelRoom';
import type { Rect } from './mapBounds';
import { GENOGRAM_FONT, drawPerson, type PersonMarks } from './person';
import { svgDocument } from './render';
import { el, type SvgNode } from './svg';
import { labelDepth, labelLines } from './symbols';
import { approxTextWidth } from './text';
import { tieLine } from './ties';
import { tieBendAmong } from '../layout/tieRoute';
import { NETWERKKAART_FONT, NETWERKKAART_LABEL_WIDTH, NETWERKKAART_NAME_LINES } from '../layout/netwerkkaartGeometry';

export interface MapInput {
  doc: CaseDocument;
  view: ViewName;
  /** Where each person stands (viewPositions); people without a position are not drawn. */
  positions: Positions;
  /** The current step's marks per person (absent = none). */
  overlays?: ReadonlyMap<string, PersonMarks>;
  /** The netwerkkaart's rings and sectors; computed from the document when absent. */
  geometry?: EcogramGeometry;
  /** Draw the ties in the genogram too (the netwerkkaart always shows them). */
  showTies?: boolean;
}

export interface MapDrawing {
  node: SvgNode;
  /** Everything drawn lies inside this box (with a margin). */
  box: Rect;
  /** The people drawn, in document order. */
  people: Person[];
}

/** Room around a symbol centre for the symbol and its marks (badges, tags). */
const MARK_X = 40;
const MARK_TOP = 34;
const MARGIN = 16;

export function drawMap(input: MapInput): MapDrawing {
  const { doc, view, positions, overlays } = input;
  const placed = doc.people.filter((p) => positions.has(p.id));
  const layers: SvgNode[] = [];
  let geometry: EcogramGeometry | null = null;
  if (view === 'netwerkkaart') {
    geometry = input.geometry ?? netwerkkaartView(doc).geometry;
    layers.push(ecogramBackground(geometry, { labelAngles: sectorLabelAngles(geometry, positions.values()) }));
  } else {
    layers.push(drawGenogramConnectors(genogramConnectors(doc, positions)));
  }
  if (view === 'netwerkkaart' || input.showTies) layers.push(drawTies(doc, positions));
  const rooms = view === 'genogram' ? labelRoom(new Map(placed.map((p) => [p.id, positions.get(p.id)!]))) : null;
  const people = placed.map((p) => {
    const at = positions.get(p.id)!;
    const drawing = drawPerson(p, { view, marks: overlays?.get(p.id), labelRoom: rooms?.get(p.id) });
    return el('g', { transform: `translate(${at.x} ${at.y})`, 'data-person-id': p.id }, [drawing]);
  });
  layers.push(el('g', { class: 'people' }, people));
  return {
    node: el('g', { class: `map map--${view}` }, layers),
    box: drawingBox(placed, positions, view, rooms, geometry),
    people: placed,
  };
}

/** drawMap as a standalone SVG document (for the SVG and PNG export, previews and tests). */
export function mapSvg(input: MapInput): string {
  const { node, box } = drawMap(input);
  return svgDocument(el('g', {}, [el('rect', { ...box, fill: '#ffffff' }), node]), box);
}

function drawTies(doc: CaseDocument, positions: Positions): SvgNode {
  const ties: SvgNode[] = [];
  for (const r of doc.relations) {
    if (r.kind !== 'tie') continue;
    const a = positions.get(r.from);
    const b = positions.get(r.to);
    if (a && b) ties.push(tieLine(a, b, r.quality, r.flow, { bend: tieBendAmong(r.from, r.to, positions) }));
  }
  return el('g', { class: 'ties' }, ties);
}

/** The extent of every symbol, mark and label (and the netwerkkaart's circle with its labels). */
export function drawingBox(
  people: Person[],
  positions: Positions,
  view: ViewName,
  rooms: Map<string, number> | null,
  geometry: EcogramGeometry | null,
): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const p of people) {
    const at: Point = positions.get(p.id)!;
    const opts =
      view === 'genogram'
        ? { fontSize: GENOGRAM_FONT, maxWidth: rooms?.get(p.id) ?? DEFAULT_ROOM, maxLines: 2 }
        : { fontSize: NETWERKKAART_FONT, maxWidth: NETWERKKAART_LABEL_WIDTH, maxLines: NETWERKKAART_NAME_LINES };
    const lines = labelLines(p.name, opts);
    const halfText = Math.max(...lines.map((l) => approxTextWidth(l, opts.fontSize)), approxTextWidth('0000–0000', opts.fontSize)) / 2;
    const half = Math.max(MARK_X, halfText + 4);
    grow(at.x - half, at.y - MARK_TOP, at.x + half, at.y + labelDepth(p, lines.length, opts) + 4);
  }
  if (geometry) {
    const b = ecogramBox(geometry, sectorLabelAngles(geometry, positions.values()));
    grow(b.minX, b.minY, b.maxX, b.maxY);
  }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, width: 200, height: 120 };
  return { x: minX - MARGIN, y: minY - MARGIN, width: maxX - minX + 2 * MARGIN, height: maxY - minY + 2 * MARGIN };
}
