/**
 * The PDF for the family's file, or for one network member. Runs in the PDF worker
 * (pdf.worker.ts, started on the first export; it pulls in jspdf and the fonts), so neither the
 * app's start nor the page while it works pays for it; needs no DOM. Receives the scoped
 * document and the genogram's positions; never touches the store.
 */
import { jsPDF } from 'jspdf';
import type { ScopedCase } from '../graph/queries';
import type { StepNumber } from '../graph/schema';
import { formatDate } from '../i18n/formatDate';
import type { Positions } from '../layout/types';
import { registerFonts, type FontFace } from './fonts';
import { mapInput } from './mapInput';
import { viewsOf, type PdfOptions } from './options';
import { startFlow } from './pdfFlow';
import { stampHeaders } from './pdfHeader';
import { addMapPages } from './pdfMap';
import { addSharedBlock } from './pdfShared';
import { addTable } from './pdfTables';
import { buildTables } from './tables';
import type { PdfComparison } from './comparisonInput';
import { addComparisonPages } from './pdfComparison';

export interface PdfInput {
  scoped: ScopedCase;
  options: PdfOptions;
  /** The genogram as drawn (viewPositions over ELK's layout); needed when the genogram is printed. */
  genogram?: Positions;
  /** "Banden tonen" in the genogram; options.genogramTies when not given. */
  showTies?: boolean;
  step: StepNumber;
  now: Date;
  /** Two moments compared (comparisonInput.ts), already scoped like `scoped`; absent: none. */
  comparison?: PdfComparison;
  /** Called between pages, for a progress message. */
  onProgress?(done: number, total: number): void;
}

export async function makePdf(input: PdfInput): Promise<Blob> {
  const { scoped, options } = input;
  const { doc } = scoped;
  const views = viewsOf(options.map);
  // 'smart': 5 decimals for coordinates (plenty in points), full precision below 1 where scales live.
  const pdf = new jsPDF({ unit: 'pt', format: options.paper, orientation: options.orientation, compress: true, floatPrecision: 'smart', putOnlyUsedFonts: true });
  pdf.setProperties({ title: doc.case.title, creator: 'Netwerkkaart' });
  const faces: FontFace[] = views.includes('netwerkkaart') || input.comparison?.view === 'netwerkkaart' ? ['normal', 'bold', 'italic'] : ['normal', 'bold'];
  await registerFonts(pdf, faces);
  const date = formatDate(input.now.toISOString().slice(0, 10));
  // jsPDF starts with one page: the first piece of content takes it, every later one adds its own.
  let firstPageFree = true;
  const nextPage = () => {
    if (!firstPageFree) pdf.addPage(options.paper, options.orientation);
    firstPageFree = false;
  };
  const steps = views.length + 1 + (input.comparison ? 1 : 0);
  let done = 0;
  for (const view of views) {
    const map = mapInput(doc, view, input.genogram, input.showTies ?? options.genogramTies);
    await addMapPages(pdf, map, { orientation: options.orientation, nextPage });
    input.onProgress?.(++done, steps);
  }
  if (input.comparison) {
    await addComparisonPages(pdf, input.comparison, { paper: options.paper, orientation: options.orientation, nextPage });
    input.onProgress?.(++done, steps);
  }
  const tables = buildTables(doc, options.tables, scoped.recipient !== null);
  if (tables.length > 0 || scoped.recipient) {
    const flow = startFlow(pdf, options.paper, options.orientation, firstPageFree);
    firstPageFree = false;
    for (const table of tables) await addTable(flow, table);
    addSharedBlock(flow, scoped, date);
  }
  input.onProgress?.(++done, steps);
  stampHeaders(pdf, { doc, step: input.step, date });
  return pdf.output('blob');
}
