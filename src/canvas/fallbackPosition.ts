/**
 * Where to show a person the layout has not placed yet (the genogram worker is still busy),
 * so a new person appears at once, next to the relative they were added to, instead of
 * waiting for ELK or piling up at (0, 0).
 */
import type { CaseDocument, Point } from '../graph/schema';
import type { Positions } from '../layout/types';
import { PARTNER_GAP, SLOT_WIDTH } from '../layout/metrics';

const STEP_X = SLOT_WIDTH + PARTNER_GAP;
const STEP_Y = 140;

function anchorFor(doc: CaseDocument, id: string, known: Positions): Point | null {
  for (const r of doc.relations) {
    if (r.kind === 'partner') {
      const other = r.from === id ? r.to : r.to === id ? r.from : null;
      const p = other ? known[other] : undefined;
      if (p) return { x: p.x + STEP_X, y: p.y };
    } else if (r.kind === 'parent') {
      if (r.to === id && known[r.from]) return { x: known[r.from]!.x, y: known[r.from]!.y + STEP_Y };
      if (r.from === id && known[r.to]) return { x: known[r.to]!.x, y: known[r.to]!.y - STEP_Y };
    } else if (r.from === id || r.to === id) {
      const other = r.from === id ? r.to : r.from;
      const p = known[other];
      if (p) return { x: p.x + STEP_X, y: p.y + STEP_Y / 2 };
    }
  }
  return null;
}

function occupied(p: Point, known: Positions): boolean {
  for (const q of Object.values(known)) {
    if (Math.abs(q.x - p.x) < STEP_X * 0.9 && Math.abs(q.y - p.y) < STEP_Y * 0.5) return true;
  }
  return false;
}

/** Positions for everyone in `ids` missing from `known`; `known` itself is not changed. */
export function withFallbackPositions(doc: CaseDocument, ids: string[], known: Positions): Positions {
  const out: Positions = { ...known };
  let maxX = -Infinity;
  let minY = Infinity;
  for (const p of Object.values(known)) {
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
  }
  if (!Number.isFinite(maxX)) {
    maxX = -STEP_X;
    minY = 0;
  }
  for (const id of ids) {
    if (out[id]) continue;
    let p = anchorFor(doc, id, out) ?? { x: maxX + STEP_X, y: minY };
    for (let i = 0; i < 200 && occupied(p, out); i++) p = { x: p.x + STEP_X, y: p.y };
    out[id] = p;
    maxX = Math.max(maxX, p.x);
  }
  return out;
}
