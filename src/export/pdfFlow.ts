/**
 * A cursor running down the pages' content area: tables and the closing block are written
 * with it and start a new page when the next piece would not fit. Each page's header is
 * stamped at the end (pdfHeader.ts), when the number of pages is known.
 */
import type { jsPDF } from 'jspdf';
import { contentArea, type Box, type Orientation, type Paper } from './pageMaths';

export interface Flow {
  pdf: jsPDF;
  paper: Paper;
  orientation: Orientation;
  area: Box;
  y: number;
}

/** `pageFree`: the current page is still empty (jsPDF's first page), so the flow starts on it. */
export function startFlow(pdf: jsPDF, paper: Paper, orientation: Orientation, pageFree: boolean): Flow {
  const area = contentArea({ width: pdf.internal.pageSize.getWidth(), height: pdf.internal.pageSize.getHeight() });
  if (!pageFree) pdf.addPage(paper, orientation);
  return { pdf, paper, orientation, area, y: area.y };
}

export function newPage(flow: Flow): void {
  flow.pdf.addPage(flow.paper, flow.orientation);
  flow.y = flow.area.y;
}

/** Room left on this page. */
export function roomLeft(flow: Flow): number {
  return flow.area.y + flow.area.height - flow.y;
}

/** Makes room for `height` (a new page when needed); returns whether a page was started. */
export function ensureRoom(flow: Flow, height: number): boolean {
  if (height <= roomLeft(flow) || flow.y === flow.area.y) return false;
  newPage(flow);
  return true;
}

let lastYield = 0;
/** A slice of work this long runs on without a pause; the page still answers within ~100 ms. */
const SLICE_MS = 40;

/**
 * Lets the page paint and take input between pieces of work, so no freeze runs long; but only
 * once a slice of work has run for SLICE_MS, because every pause costs a trip through the event
 * loop (setTimeout is clamped to 4 ms, and much more on a busy machine), and a big PDF has
 * hundreds of pieces.
 */
export function pause(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < SLICE_MS) return Promise.resolve();
  return new Promise((resolve) => {
    // A message, not setTimeout: no clamping.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      lastYield = performance.now();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
