/** The stable layout of a comparison in one view: the later map's geometry and everyone's place on it. */
import type { ChangeFacts } from '../graph/diff';
import type { CaseDocument, ViewName } from '../graph/schema';
import { diffPlaces, type DiffPlaces } from './diffPlaces';
import type { EcogramGeometry } from './netwerkkaartGeometry';
import { netwerkkaartView } from './netwerkkaartView';
import type { Positions } from './types';

export interface ComparisonLayout {
  places: DiffPlaces;
  geometry?: EcogramGeometry;
}

/** `geometry`: the later netwerkkaart's, when the caller has it already (viewOf); else computed. */
export function comparisonLayout(view: ViewName, after: CaseDocument, positions: { before: Positions; after: Positions }, facts: ChangeFacts, known?: EcogramGeometry): ComparisonLayout {
  const geometry = view === 'netwerkkaart' ? (known ?? netwerkkaartView(after).geometry) : undefined;
  const places = diffPlaces({ view, before: positions.before, after: positions.after, left: facts.left, moved: facts.moved, geometry });
  return geometry ? { places, geometry } : { places };
}
