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

export function comparisonLayout(view: ViewName, after: CaseDocument, positions: { before: Positions; after: Positions }, facts: ChangeFacts): ComparisonLayout {
  const geometry = view === 'netwerkkaart' ? netwerkkaartView(after).geometry : undefined;
  const places = diffPlaces({ view, before: positions.before, after: positions.after, left: facts.left, moved: facts.moved, geometry });
  return geometry ? { places, geometry } : { places };
}
