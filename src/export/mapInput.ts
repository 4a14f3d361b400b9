/** The map of one view as every export draws it: the same positions and rings as the screen. */
import type { MapInput } from '../draw/map';
import type { CaseDocument, ViewName } from '../graph/schema';
import { netwerkkaartView } from '../layout/netwerkkaartView';
import type { Positions } from '../layout/types';

export function mapInput(doc: CaseDocument, view: ViewName, genogram: Positions | undefined): MapInput {
  if (view === 'genogram') return { doc, view, positions: genogram ?? new Map() };
  const drawn = netwerkkaartView(doc);
  return { doc, view, positions: drawn.positions, geometry: drawn.geometry };
}
