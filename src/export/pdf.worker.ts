/**
 * makePdf off the main thread. Since the map is written straight from drawMap's tree
 * (svgToPdf.ts), making the PDF needs no DOM, so all of it — the drawing, jsPDF's text and
 * font work, and its final write with the compression, each a block of 100+ ms for 250
 * people — runs here and the page never freezes for it. One worker per page session (started
 * on the first export): the fonts are fetched and the code compiled once.
 */
import { makePdf } from './makePdf';
import type { PdfReply, PdfRequest } from './makePdfOffThread';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage(message: PdfReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  const { id, input } = data;
  try {
    const blob = await makePdf({ ...input, onProgress: (done, total) => scope.postMessage({ id, progress: [done, total] }) });
    scope.postMessage({ id, blob });
  } catch (e) {
    scope.postMessage({ id, failed: e instanceof Error ? e.message : String(e) });
  }
};
