/**
 * The comparison's pages in the PDF: "toen / nu" (the two maps side by side, one above the
 * other on a portrait page), the difference map with its key in words, and the change list with
 * what changed for the family first. The drawings are comparisonInput's (src/draw's SvgNode trees,
 * written as vector by svgToPdf, like the map pages); the list is text, written with the same flow as the tables. Each map
 * fits one page: a comparison is for talking it through, the tiled map pages carry the detail.
 */
import type { jsPDF } from 'jspdf';
import type { MapDrawing } from '../draw/map';
import { slicePeople } from '../draw/slices';
import { comparisonExportText as x } from '../i18n/exportComparison';
import type { PdfComparison } from './comparisonInput';
import { PDF_FONT } from './fonts';
import { contentArea, type Box, type Orientation, type Paper } from './pageMaths';
import { ensureRoom, pause, startFlow, type Flow } from './pdfFlow';
import { drawSvgNode } from './svgToPdf';

const TITLE_PT = 13;
const CAPTION_PT = 9.5;
const TEXT_PT = 9;
const LINE_PT = 12;
const GAP = 8;

export interface ComparisonPageOptions {
  paper: Paper;
  orientation: Orientation;
  /** Starts the next page (or takes the still empty first page). */
  nextPage(): void;
}

export async function addComparisonPages(pdf: jsPDF, c: PdfComparison, opts: ComparisonPageOptions): Promise<void> {
  const area = () => contentArea({ width: pdf.internal.pageSize.getWidth(), height: pdf.internal.pageSize.getHeight() });

  opts.nextPage();
  let page = area();
  let top = heading(pdf, x.thenNowTitle(c.fromLabel, c.toLabel), page);
  const beside = opts.orientation === 'landscape';
  const half = (i: 0 | 1): Box =>
    beside
      ? { x: page.x + i * (page.width / 2 + GAP / 2), y: top, width: page.width / 2 - GAP / 2, height: page.y + page.height - top }
      : { x: page.x, y: top + i * ((page.y + page.height - top) / 2 + GAP / 2), width: page.width, height: (page.y + page.height - top) / 2 - GAP / 2 };
  for (const [i, drawing, label] of [[0, c.then, c.thenCaption], [1, c.now, c.nowCaption]] as const) {
    const box = half(i);
    const below = captionLines(pdf, label, box);
    await drawFitted(pdf, drawing, { ...box, y: box.y + below, height: box.height - below });
    // A thin frame, so the two moments never read as one map.
    pdf.setDrawColor(150, 150, 150);
    pdf.setLineWidth(0.5);
    pdf.rect(box.x, box.y + below - 2, box.width, box.height - below + 2, 'S');
  }

  await pause();
  opts.nextPage();
  page = area();
  top = heading(pdf, x.diffTitle(c.fromLabel, c.toLabel), page);
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setFontSize(CAPTION_PT);
  const key: string[] = pdf.splitTextToSize(x.diffLegend, page.width);
  const keyHeight = key.length * LINE_PT + GAP;
  await drawFitted(pdf, c.diff, { x: page.x, y: top, width: page.width, height: page.y + page.height - top - keyHeight });
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setFontSize(CAPTION_PT);
  key.forEach((line, i) => pdf.text(line, page.x, page.y + page.height - keyHeight + GAP + CAPTION_PT + i * LINE_PT));

  await pause();
  opts.nextPage();
  const flow = startFlow(pdf, opts.paper, opts.orientation, true);
  title(flow, x.listTitle(c.fromLabel, c.toLabel), TITLE_PT);
  title(flow, x.familyTitle, 11);
  for (const line of c.familyLines) bullet(flow, line);
  if (c.groups.length === 0) bullet(flow, x.noChanges);
  for (const group of c.groups) {
    flow.y += GAP / 2;
    title(flow, group.title, 11);
    for (const line of group.lines) bullet(flow, line);
  }
  // The trend, at its own size (a small chart to show the family), narrowed to the page if need be.
  flow.y += GAP;
  const scale = Math.min(1, flow.area.width / c.trend.width);
  const height = c.trend.height * scale;
  ensureRoom(flow, TITLE_PT + GAP + height);
  title(flow, x.trendTitle, 11);
  await drawFitted(pdf, { node: c.trend.node, box: { x: 0, y: 0, width: c.trend.width, height: c.trend.height } }, { x: flow.area.x, y: flow.y, width: c.trend.width * scale, height });
  flow.y += height;
}

/** The page's title; returns where the content below it starts. */
function heading(pdf: jsPDF, text: string, page: Box): number {
  pdf.setFont(PDF_FONT, 'bold');
  pdf.setFontSize(TITLE_PT);
  pdf.setTextColor(0, 0, 0);
  const lines: string[] = pdf.splitTextToSize(text, page.width);
  lines.slice(0, 2).forEach((line, i) => pdf.text(line, page.x, page.y + TITLE_PT + i * (TITLE_PT + 3)));
  return page.y + Math.min(lines.length, 2) * (TITLE_PT + 3) + GAP;
}

/** A caption above a map (at most two lines); returns its height. */
function captionLines(pdf: jsPDF, text: string, box: Box): number {
  pdf.setFont(PDF_FONT, 'bold');
  pdf.setFontSize(CAPTION_PT);
  pdf.setTextColor(0, 0, 0);
  const lines: string[] = pdf.splitTextToSize(text, box.width);
  const shown = lines.slice(0, 2);
  shown.forEach((line, i) => pdf.text(line, box.x, box.y + CAPTION_PT + i * LINE_PT));
  return shown.length * LINE_PT + GAP;
}

async function drawFitted(pdf: jsPDF, drawing: Pick<MapDrawing, 'node' | 'box'>, at: Box): Promise<void> {
  const { box } = drawing;
  if (box.width <= 0 || box.height <= 0 || at.width <= 0 || at.height <= 0) return;
  // In slices (lines first, then the people forty at a time), a pause between them, so even on
  // the main thread (when the PDF worker cannot run) a 250-person comparison never blocks the
  // page in one go. Each slice is placed in the same box, so together they are the one map.
  for (const slice of slicePeople(drawing.node)) {
    await pause();
    drawSvgNode(pdf, slice, box, at);
  }
}

function title(flow: Flow, text: string, size: number): void {
  const { pdf } = flow;
  pdf.setFont(PDF_FONT, 'bold');
  pdf.setFontSize(size);
  pdf.setTextColor(0, 0, 0);
  const lines: string[] = pdf.splitTextToSize(text, flow.area.width);
  // A group's title never ends a page alone: room for it and its first line.
  ensureRoom(flow, lines.length * (size + 3) + LINE_PT + GAP);
  lines.forEach((line) => {
    pdf.text(line, flow.area.x, flow.y + size);
    flow.y += size + 3;
  });
  flow.y += GAP / 2;
}

/** One line of the list, family text as text (jsPDF's text() never reads markup), wrapped under its bullet. */
function bullet(flow: Flow, text: string): void {
  const { pdf } = flow;
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setFontSize(TEXT_PT);
  pdf.setTextColor(0, 0, 0);
  const indent = 12;
  const lines: string[] = pdf.splitTextToSize(text, flow.area.width - indent);
  lines.forEach((line, i) => {
    ensureRoom(flow, LINE_PT);
    if (i === 0) pdf.text('•', flow.area.x + 2, flow.y + TEXT_PT);
    pdf.text(line, flow.area.x + indent, flow.y + TEXT_PT);
    flow.y += LINE_PT;
  });
  flow.y += 2;
}
