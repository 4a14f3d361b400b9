/**
 * The steps' tables, laid out by hand with jsPDF's text(): every cell wraps in its column, a
 * table flows over pages with its header row repeated, and a row taller than a page is split
 * over pages rather than cut off. Family text goes in as text and is never read as markup.
 */
import type { jsPDF } from 'jspdf';
import { exportText as x } from '../i18n/export';
import { PDF_FONT } from './fonts';
import { ensureRoom, newPage, pause, roomLeft, type Flow } from './pdfFlow';
import type { Row, Table } from './tables';

const FONT_PT = 8.5;
const LINE_PT = 10.5;
const PAD = 3;
const TITLE_PT = 12;
const TITLE_GAP = 6;
const TABLE_GAP = 16;
/** Rows written between pauses: a 250-person table never blocks the page for long. */
const ROWS_PER_SLICE = 60;

export async function addTable(flow: Flow, table: Table): Promise<void> {
  const { pdf } = flow;
  const widths = table.columns.map((c) => c.width * flow.area.width);
  const header = cellLines(pdf, table.columns.map((c) => c.header), widths, true);
  const headerH = height(header);
  const first = table.rows[0];
  const firstH = first ? height(cellLines(pdf, first.cells, widths, first.emphasis)) : LINE_PT;
  ensureRoom(flow, TITLE_PT + TITLE_GAP + headerH + Math.min(firstH, 4 * LINE_PT));
  title(flow, table.title);
  if (table.rows.length === 0) {
    pdf.setFont(PDF_FONT, 'normal');
    pdf.setFontSize(FONT_PT);
    pdf.text(x.pdf.empty, flow.area.x, flow.y + FONT_PT);
    flow.y += LINE_PT + TABLE_GAP;
    return;
  }
  drawRow(flow, header, widths, true, true);
  let n = 0;
  for (const row of table.rows) {
    let lines = cellLines(pdf, row.cells, widths, row.emphasis);
    if (ensureRoom(flow, height(lines))) continueTable(flow, table.title, header, widths);
    // A row taller than what is left of a page goes on in pieces, each page with the header.
    while (height(lines) > roomLeft(flow)) {
      const fit = Math.max(1, Math.floor((roomLeft(flow) - 2 * PAD) / LINE_PT));
      drawRow(flow, lines.map((l) => l.slice(0, fit)), widths, row.emphasis);
      lines = lines.map((l) => l.slice(fit));
      newPage(flow);
      continueTable(flow, table.title, header, widths);
    }
    drawRow(flow, lines, widths, row.emphasis);
    if (++n % ROWS_PER_SLICE === 0) await pause();
  }
  flow.y += TABLE_GAP;
}

function title(flow: Flow, text: string, continued = false): void {
  const { pdf } = flow;
  pdf.setFont(PDF_FONT, 'bold');
  pdf.setFontSize(continued ? 9 : TITLE_PT);
  pdf.setTextColor(0, 0, 0);
  pdf.text(continued ? `${text} ${x.pdf.continued}` : text, flow.area.x, flow.y + TITLE_PT - 2);
  flow.y += TITLE_PT + TITLE_GAP;
}

function continueTable(flow: Flow, text: string, header: string[][], widths: number[]): void {
  title(flow, text, true);
  drawRow(flow, header, widths, true, true);
}

function cellLines(pdf: jsPDF, cells: string[], widths: number[], bold = false): string[][] {
  pdf.setFont(PDF_FONT, bold ? 'bold' : 'normal');
  pdf.setFontSize(FONT_PT);
  return cells.map((cell, i) => (cell === '' ? [] : (pdf.splitTextToSize(cell, widths[i]! - 2 * PAD) as string[])));
}

function height(lines: string[][]): number {
  return Math.max(1, ...lines.map((l) => l.length)) * LINE_PT + 2 * PAD;
}

function drawRow(flow: Flow, lines: string[][], widths: number[], bold: Row['emphasis'], isHeader = false): void {
  const { pdf } = flow;
  const h = height(lines);
  if (isHeader) {
    pdf.setFillColor(232, 232, 232);
    pdf.rect(flow.area.x, flow.y, flow.area.width, h, 'F');
  }
  pdf.setDrawColor(150, 150, 150);
  pdf.setLineWidth(0.4);
  pdf.line(flow.area.x, flow.y + h, flow.area.x + flow.area.width, flow.y + h);
  pdf.setFont(PDF_FONT, bold ? 'bold' : 'normal');
  pdf.setFontSize(FONT_PT);
  pdf.setTextColor(0, 0, 0);
  let left = flow.area.x;
  lines.forEach((cell, i) => {
    cell.forEach((line, k) => pdf.text(line, left + PAD, flow.y + PAD + FONT_PT + k * LINE_PT));
    left += widths[i]!;
  });
  flow.y += h;
}
