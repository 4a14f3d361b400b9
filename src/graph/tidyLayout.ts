/**
 * The last step of reading a case: positions that are harmless but wrong are mended rather than
 * refused — in the case's layout and in every snapshot's frozen layout alike.
 */
import { COORDINATE_LIMIT, clampCoordinate, VIEWS, type CaseDocument, type Layout, type Person, type Point } from './schema';

export function tidyLayout(doc: CaseDocument): CaseDocument {
  const layout = doc.layout && tidy(doc.layout, doc.people);
  const snapshots = doc.snapshots.some((s) => s.layout)
    ? doc.snapshots.map((s) => (s.layout ? { ...s, layout: tidy(s.layout, s.data.people) } : s))
    : doc.snapshots;
  return layout === doc.layout && snapshots === doc.snapshots ? doc : { ...doc, ...(layout ? { layout } : {}), snapshots };
}

const tidy = (layout: Layout, people: readonly Person[]): Layout => clampLayout(pruneLayout(layout, people));

/** Positions of people who are not in the case (or snapshot) are dropped: harmless leftovers. */
function pruneLayout(layout: Layout, people: readonly Person[]): Layout {
  const ids = new Set(people.map((p) => p.id));
  const out = { ...layout };
  for (const view of VIEWS) {
    const positions = out[view];
    // Object.fromEntries defines own fields, so a position under "__proto__" stays data.
    if (positions) out[view] = Object.fromEntries(Object.entries(positions).filter(([id]) => ids.has(id)));
  }
  return out;
}

/** Positions beyond ±COORDINATE_LIMIT (`1e308`) are pulled in: the person stays reachable on the map. */
function clampLayout(layout: Layout): Layout {
  const far = (p: Point) => Math.abs(p.x) > COORDINATE_LIMIT || Math.abs(p.y) > COORDINATE_LIMIT;
  const out = { ...layout };
  for (const view of VIEWS) {
    const positions = out[view];
    if (!positions || !Object.values(positions).some(far)) continue;
    out[view] = Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, far(p) ? { ...p, x: clampCoordinate(p.x), y: clampCoordinate(p.y) } : p]));
  }
  return out;
}
