/**
 * What the export dialog's buttons do: scope the open case, lay out the genogram, load the
 * heavy export code on first use (a dynamic import, its own chunk), and download the result.
 */
import { scopeForExport, type ScopedCase } from '../graph/queries';
import type { CaseDocument, StepNumber, ViewName } from '../graph/schema';
import { getElk } from '../layout/elk';
import { layoutGenogram } from '../layout/genogram';
import { viewPositions } from '../layout/placement';
import type { Positions } from '../layout/types';
import type { PdfOptions } from '../export/options';
import type { PdfComparison } from '../export/comparisonInput';
import { viewsOf } from '../export/options';
import { downloadBlob, safeFileName } from '../storage/files';

async function genogramOf(doc: CaseDocument): Promise<Positions> {
  return viewPositions(doc, 'genogram', await layoutGenogram(doc, getElk()));
}

export interface PdfRequest {
  doc: CaseDocument;
  options: PdfOptions;
  step: StepNumber;
  now: Date;
  onProgress?(done: number, total: number): void;
}

/** The comparison's moments and drawings (options.comparison), from the whole case: visibleTo drops the snapshots. */
async function comparisonOf(req: PdfRequest): Promise<PdfComparison | undefined> {
  const choice = req.options.comparison;
  if (!choice) return undefined;
  const { comparisonInput } = await import('../export/comparisonInput');
  return comparisonInput(req.doc, req.options.scope, choice, getElk(), req.now);
}

/** Makes and downloads the PDF; returns its file name. */
export async function exportPdf(req: PdfRequest): Promise<string> {
  const scoped = scopeForExport(req.doc, req.options.scope);
  if (!scoped) throw new Error('recipient not in the case');
  const blob = await pdfBlob(scoped, { ...req, comparison: await comparisonOf(req) });
  // "voor M.W." without a dot doubled before the extension.
  const suffix = scoped.recipient ? ` - voor ${scoped.recipient.name.replace(/\.+$/, '')}.pdf` : '.pdf';
  const name = safeFileName(scoped.doc.case.title, 'netwerkkaart', suffix);
  downloadBlob(blob, name);
  return name;
}

export async function pdfBlob(scoped: ScopedCase, req: Omit<PdfRequest, 'doc'> & { comparison?: PdfComparison }): Promise<Blob> {
  const [{ makePdfOffThread }, genogram] = await Promise.all([
    import('../export/makePdfOffThread'),
    viewsOf(req.options.map).includes('genogram') ? genogramOf(scoped.doc) : Promise.resolve(undefined),
  ]);
  return makePdfOffThread({ scoped, options: req.options, genogram, step: req.step, now: req.now, comparison: req.comparison, onProgress: req.onProgress });
}

export async function exportImage(doc: CaseDocument, view: ViewName, format: 'svg' | 'png', genogramTies = false): Promise<string> {
  const [images, genogram] = await Promise.all([
    import('../export/images'),
    view === 'genogram' ? genogramOf(doc) : Promise.resolve(undefined),
  ]);
  const blob = format === 'svg' ? images.mapSvgBlob(doc, view, genogram, genogramTies) : await images.mapPngBlob(doc, view, genogram, genogramTies);
  const name = safeFileName(`${doc.case.title} - ${view}`, 'netwerkkaart', `.${format}`);
  downloadBlob(blob, name);
  return name;
}
