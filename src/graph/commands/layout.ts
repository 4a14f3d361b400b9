import { clampCoordinate, type CaseDocument, type Point, type ViewName } from '../schema';
import { mapToRecord, ownEntry, recordToMap } from '../idRecord';

/**
 * Merges manual positions (one whole drag = one call = one undo step). Positions of people
 * not in the case, and non-finite numbers, are ignored so the layout never dangles.
 */
export function setPositions(
  doc: CaseDocument,
  { view, positions }: { view: ViewName; positions: ReadonlyMap<string, Point> },
): CaseDocument {
  const before = doc.layout?.[view];
  const people = new Set(doc.people.map((p) => p.id));
  let changed = false;
  const next = recordToMap(before);
  for (const [id, point] of positions) {
    if (!people.has(id) || !Number.isFinite(point.x) || !Number.isFinite(point.y)) continue;
    // Clamped as on import, so a position far out survives a round-trip through a file unchanged.
    const [x, y] = [clampCoordinate(point.x), clampCoordinate(point.y)];
    const old = ownEntry(before, id);
    if (old && old.x === x && old.y === y) continue; // === treats -0 and 0 alike
    next.set(id, { x: x + 0, y: y + 0 }); // + 0 turns -0 into 0, which JSON cannot keep
    changed = true;
  }
  if (!changed) return doc;
  return { ...doc, layout: { ...doc.layout, [view]: mapToRecord(next) } };
}

/**
 * Forgets the manual positions of one view ("Automatisch schikken"); for the netwerkkaart also
 * the kept frame, so the wedges and rings are sized to the people again.
 */
export function clearLayout(doc: CaseDocument, { view }: { view: ViewName }): CaseDocument {
  if (!doc.layout) return doc;
  const { [view]: _gone, ...rest } = doc.layout;
  if (view === 'netwerkkaart') {
    const { netwerkkaartFrame: _frame, ...withoutFrame } = rest;
    if (doc.layout.netwerkkaart === undefined && _frame === undefined) return doc;
    return { ...doc, layout: withoutFrame };
  }
  if (doc.layout[view] === undefined) return doc;
  return { ...doc, layout: rest };
}
