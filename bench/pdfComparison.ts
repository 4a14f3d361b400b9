/**
 * The PDF comparison bench: the PDF as the app makes it (makePdfOffThread, makePdf in the PDF
 * worker) with only the comparison (its "toen / nu" page, the
 * difference map and the change list; no other map, no tables) for a generated case and the
 * same case months later, the earlier moment a snapshot with its layout frozen. Time and the
 * longest long task meanwhile; comparisonInput (facts, positions, drawings) is timed with it,
 * as the dialog runs both.
 */
import { comparisonInput } from '../src/export/comparisonInput';
import { DEFAULT_PDF_OPTIONS, type PdfOptions } from '../src/export/options';
import { takeSnapshot } from '../src/graph/commands';
import { scopeForExport } from '../src/graph/queries';
import { getElk } from '../src/layout/elk';
import { generateFamily } from '../src/layout/genogramGenerate';
import { freezeLayout } from '../src/layout/moment';
import { laterCase, withNetwork } from '../tests/fuzz/laterCase';
import { timeExports } from './pdf';

export async function timeComparisonPdf(people: number, runs: number): Promise<{ ms: number[]; longTask: number[]; pages: number }> {
  const before = withNetwork(generateFamily(people, 1));
  const layout = await freezeLayout(before, getElk());
  const snapped = takeSnapshot(before, { id: 'bench-snap', takenAt: '2026-09-15T10:00:00.000Z', label: 'Begin', layout });
  const doc = { ...structuredClone(laterCase(before)), snapshots: snapped.snapshots };
  const options: PdfOptions = { ...DEFAULT_PDF_OPTIONS, map: 'none', tables: [], comparison: { from: 'bench-snap', to: 'now', view: 'netwerkkaart' } };
  const scoped = scopeForExport(doc, {})!;
  const { makePdfOffThread } = await import('../src/export/makePdfOffThread');
  const make = async () => {
    const now = new Date();
    const comparison = await comparisonInput(doc, {}, options.comparison!, getElk(), now);
    return makePdfOffThread({ scoped, options, comparison, step: '3', now });
  };
  await make(); // warm-up: fonts fetched, code compiled
  const { ms, longTask, pages } = await timeExports(make, runs);
  return { ms, longTask, pages };
}
