/** What the PDF dialog asks, as data: the dialog fills it, makePdf reads it. No jsPDF here. */
import type { ExportScope } from '../graph/queries';
import type { ViewName } from '../graph/schema';
import type { Orientation, Paper } from './pageMaths';
import { TABLE_KEYS, type TableKey } from './tables';

export type MapChoice = ViewName | 'both' | 'none';

/** Two moments to compare in the PDF (comparisonInput.ts): snapshot ids, or 'now' for the later one. */
export interface ComparisonChoice {
  from: string;
  to: string | 'now';
  view: ViewName;
}

export interface PdfOptions {
  map: MapChoice;
  paper: Paper;
  orientation: Orientation;
  tables: TableKey[];
  scope: ExportScope;
  /** A "toen / nu" page, the difference map and the change list; null: none. */
  comparison: ComparisonChoice | null;
  /** The genogram with its emotional ties, as the screen's "Banden tonen" draws them (the netwerkkaart always has them). */
  genogramTies: boolean;
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = {
  map: 'both',
  paper: 'a4',
  orientation: 'landscape',
  tables: [...TABLE_KEYS],
  scope: {},
  comparison: null,
  genogramTies: true,
};

export function viewsOf(map: MapChoice): ViewName[] {
  return map === 'both' ? ['genogram', 'netwerkkaart'] : map === 'none' ? [] : [map];
}
