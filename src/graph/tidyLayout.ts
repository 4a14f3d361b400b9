/**
 * The last step of reading a case: manual positions that are harmless but wrong are mended
 * rather than refused.
 */
import { COORDINATE_LIMIT, clampCoordinate, VIEWS, type CaseDocument, type Point } from './schema';

export const tidyLayout = (doc: CaseDocument): CaseDocument => clampLayout(pruneLayout(doc));

/** Manual positions of people who are not in the case are dropped: harmless leftovers. */
function pruneLayout(doc: CaseDocument): CaseDocument {
  if (!doc.layout) return doc;
  const people = new Set(doc.people.map((p) => p.id));
  const layout = { ...doc.layout };
  for (const view of VIEWS) {
    const positions = layout[view];
    // Object.fromEntries defines own fields, so a position under "__proto__" stays data.
    if (positions) layout[view] = Object.fromEntries(Object.entries(positions).filter(([id]) => people.has(id)));
  }
  return { ...doc, layout };
}

/** Positions beyond ±COORDINATE_LIMIT (`1e308`) are pulled in: the person stays reachable on the map. */
function clampLayout(doc: CaseDocument): CaseDocument {
  if (!doc.layout) return doc;
  const far = (p: Point) => Math.abs(p.x) > COORDINATE_LIMIT || Math.abs(p.y) > COORDINATE_LIMIT;
  const layout = { ...doc.layout };
  let changed = false;
  for (const view of VIEWS) {
    const positions = layout[view];
    if (!positions || !Object.values(positions).some(far)) continue;
    changed = true;
    layout[view] = Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, far(p) ? { ...p, x: clampCoordinate(p.x), y: clampCoordinate(p.y) } : p]));
  }
  return changed ? { ...doc, layout } : doc;
}
