/**
 * The map pages: drawMap's drawing (never a capture of the screen) and its legend, written as
 * vector PDF by svgToPdf.ts. A map whose names would print under MIN_NAME_PT becomes an overview
 * with the tiles' numbered outlines, then one page per tile (pageMaths.ts planMap).
 */
import type { jsPDF } from 'jspdf';
import { legend } from '../draw/legend';
import { markKinds } from '../draw/badges';
import { drawMap, type MapInput } from '../draw/map';
import { GENOGRAM_FONT } from '../draw/person';
import { cullToBox } from '../draw/cull';
import { slicePeople, withoutNames } from '../draw/slices';
import type { SvgNode } from '../draw/svg';
import { exportText as x } from '../i18n/export';
import { NETWERKKAART_FONT } from '../layout/netwerkkaartGeometry';
import { PDF_FONT } from './fonts';
import { centred, contentArea, planMap, splitForLegend, type Box, type Orientation } from './pageMaths';
import { pause } from './pdfFlow';
import { drawSvgNode } from './svgToPdf';

const CAPTION_PT = 16;

export interface MapPageOptions {
  orientation: Orientation;
  /** Starts the next page (or takes the still empty first page). */
  nextPage(): void;
}

export async function addMapPages(pdf: jsPDF, input: MapInput, opts: MapPageOptions): Promise<void> {
  const { node, box } = drawMap(input);
  const key = legend(input.view, { ties: input.view === 'netwerkkaart' || input.showTies, marks: markKinds(input.overlays?.values() ?? []) });
  opts.nextPage();
  const page = { width: pdf.internal.pageSize.getWidth(), height: pdf.internal.pageSize.getHeight() };
  const area = contentArea(page);
  const split = splitForLegend(area, key, opts.orientation);
  const tileArea = { ...area, y: area.y + CAPTION_PT, height: area.height - CAPTION_PT };
  const nameSize = input.view === 'genogram' ? GENOGRAM_FONT : NETWERKKAART_FONT;
  const plan = planMap(box, split.map, tileArea, nameSize);
  /** The drawing in slices (the page is white already), a pause between slices so the page stays responsive. */
  const draw = async (part: SvgNode, view: Box, at: Box) => {
    for (const slice of slicePeople(part)) {
      await pause();
      drawSvgNode(pdf, slice, view, at);
    }
  };

  // The overview's caption may take two lines beside the legend.
  const overviewArea = plan.tiles.length > 0 ? { ...split.map, y: split.map.y + 2 * CAPTION_PT, height: split.map.height - 2 * CAPTION_PT } : split.map;
  const scale = plan.tiles.length > 0 ? Math.min(plan.scale, fitIn(box, overviewArea)) : plan.scale;
  const placed = centred(box, overviewArea, scale);
  // A tiled map's overview shows where everyone stands; their names are readable on the tiles.
  await draw(plan.tiles.length > 0 ? withoutNames(node) : node, box, placed);
  await pause();
  drawSvgNode(pdf, key.node, { x: 0, y: 0, width: key.width, height: key.height }, split.legend);
  if (plan.tiles.length === 0) return;

  caption(pdf, x.pdf.overview(plan.rows, plan.columns), split.map, 2);
  for (const tile of plan.tiles) outlineTile(pdf, tile.number, tile.source, box, placed, scale);
  for (const tile of plan.tiles) {
    await pause();
    opts.nextPage();
    caption(pdf, `${x.pdf.tile(tile.number, plan.tiles.length, tile.row + 1, tile.column + 1)}   ·   ${x.pdf.legendElsewhere}`, area);
    const s = tile.source;
    const target = centred(s, tileArea, plan.tileScale);
    // Only the tile's part is visible; the overlap repeats the neighbours' edges on purpose.
    pdf.saveGraphicsState();
    pdf.rect(target.x, target.y, target.width, target.height, null);
    pdf.clip();
    pdf.discardPath();
    // Each tile carries only what can be seen on it (a 1000-person map would otherwise repeat on every tile).
    await draw(cullToBox(node, s), s, target);
    pdf.restoreGraphicsState();
  }
}

function fitIn(box: Box, area: Box): number {
  return Math.min(area.width / box.width, area.height / box.height);
}

function caption(pdf: jsPDF, text: string, area: Box, maxLines = 1): void {
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setFontSize(8.5);
  pdf.setTextColor(0, 0, 0);
  const lines: string[] = pdf.splitTextToSize(text, area.width);
  lines.slice(0, maxLines).forEach((line, i) => pdf.text(line, area.x, area.y + 9 + i * 11));
}

/** A tile's place on the overview: a dashed outline and its number, so a reader can find it. */
function outlineTile(pdf: jsPDF, n: number, source: Box, box: Box, placed: Box, scale: number): void {
  const rx = placed.x + (source.x - box.x) * scale;
  const ry = placed.y + (source.y - box.y) * scale;
  pdf.setDrawColor(60, 60, 60);
  pdf.setLineWidth(0.5);
  pdf.setLineDashPattern([3, 2], 0);
  pdf.rect(rx, ry, source.width * scale, source.height * scale, 'S');
  pdf.setLineDashPattern([], 0);
  const label = String(n);
  pdf.setFont(PDF_FONT, 'bold');
  pdf.setFontSize(9);
  const w = pdf.getTextWidth(label) + 4;
  pdf.setFillColor(255, 255, 255);
  pdf.rect(rx + 1, ry + 1, w, 11, 'F');
  pdf.text(label, rx + 3, ry + 9.5);
}
