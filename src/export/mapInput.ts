/**
 * The map of one view as every export draws it: the same positions and rings as the screen, and
 * the plan's marks of step 3 — what each person offers (P/G/A/E), who carries a lot, and whose
 * needs nobody helps with yet ("nog niemand") — which is what the file is for. Computed from the
 * document handed in, so a network member's version marks only what that person may see.
 */
import type { MapInput } from '../draw/map';
import type { CaseDocument, ViewName } from '../graph/schema';
import { netwerkkaartView } from '../layout/netwerkkaartView';
import type { Positions } from '../layout/types';
import { computeOverlays } from '../steps/overlays';

export function mapInput(doc: CaseDocument, view: ViewName, genogram: Positions | undefined, genogramTies = false): MapInput {
  const overlays = computeOverlays(doc, { step: '3', topicId: null, viewAsPersonId: null, perspective: 'all' });
  if (view === 'genogram') return { doc, view, positions: genogram ?? new Map(), overlays, showTies: genogramTies };
  const drawn = netwerkkaartView(doc);
  return { doc, view, positions: drawn.positions, geometry: drawn.geometry, overlays };
}
