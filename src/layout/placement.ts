/**
 * Where each person stands in a view: the hand-placed positions of the document over the
 * automatic layout. One place for this rule, so the canvas, the connectors and (later) the
 * exports agree on it.
 */
import type { CaseDocument, ViewName } from '../graph/schema';
import { recordToMap } from '../graph/idRecord';
import type { Positions } from './types';

/** The positions people were dragged to in this view. */
export function manualPositions(doc: CaseDocument, view: ViewName): Positions {
  return recordToMap(doc.layout?.[view]);
}

/** Manual positions win over `auto`; only people of the case (manual leftovers are ignored). */
export function viewPositions(doc: CaseDocument, view: ViewName, auto: Positions): Positions {
  const manual = manualPositions(doc, view);
  if (manual.size === 0) return auto;
  const out = new Map(auto);
  for (const p of doc.people) {
    const at = manual.get(p.id);
    if (at) out.set(p.id, at);
  }
  return out;
}
