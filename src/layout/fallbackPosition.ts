/**
 * Where to show a person the layout has not placed yet (the genogram worker is still busy),
 * so a new person appears at once, next to the relative they were added to, instead of
 * waiting for ELK or piling up at (0, 0). Linear in the size of the case: an import of a
 * thousand people places everyone in a few milliseconds (a relation index and a grid of
 * occupied cells instead of scans).
 */
import type { CaseDocument, Point } from '../graph/schema';
import type { Positions } from './types';
import { PARTNER_GAP, SLOT_WIDTH } from './metrics';

const STEP_X = SLOT_WIDTH + PARTNER_GAP;
const STEP_Y = 140;
/** People without any placed relative are set out in rows of this many. */
const ROW_LENGTH = 12;

type Anchor = (id: string, known: Positions) => Point | null;

function anchorIndex(doc: CaseDocument): Anchor {
  const byPerson = new Map<string, CaseDocument['relations']>();
  for (const r of doc.relations) {
    for (const end of [r.from, r.to]) {
      const list = byPerson.get(end);
      if (list) list.push(r);
      else byPerson.set(end, [r]);
    }
  }
  return (id, known) => {
    for (const r of byPerson.get(id) ?? []) {
      if (r.kind === 'partner') {
        const p = known.get(r.from === id ? r.to : r.from);
        if (p) return { x: p.x + STEP_X, y: p.y };
      } else if (r.kind === 'parent') {
        const parent = r.to === id ? known.get(r.from) : undefined;
        if (parent) return { x: parent.x, y: parent.y + STEP_Y };
        const child = r.from === id ? known.get(r.to) : undefined;
        if (child) return { x: child.x, y: child.y - STEP_Y };
      } else {
        const p = known.get(r.from === id ? r.to : r.from);
        if (p) return { x: p.x + STEP_X, y: p.y + STEP_Y / 2 };
      }
    }
    return null;
  };
}

/** Occupied slots, hashed by cell, so "is this spot free?" does not scan everyone. */
class Occupancy {
  private cells = new Set<string>();
  private key(p: Point) {
    return `${Math.round(p.x / STEP_X)}:${Math.round(p.y / (STEP_Y / 2))}`;
  }
  add(p: Point) {
    this.cells.add(this.key(p));
  }
  has(p: Point) {
    return this.cells.has(this.key(p));
  }
}

/** Positions for everyone in `ids` missing from `known`; `known` itself is not changed. */
export function withFallbackPositions(doc: CaseDocument, ids: string[], known: Positions): Positions {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return known;
  const out = new Map(known);
  const taken = new Occupancy();
  let minX = Infinity;
  let maxY = -Infinity;
  for (const p of known.values()) {
    taken.add(p);
    minX = Math.min(minX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  // Loose people go in rows under whatever is placed already.
  const origin = Number.isFinite(minX) ? { x: minX, y: maxY + STEP_Y } : { x: 0, y: 0 };
  let loose = 0;
  const anchorOf = anchorIndex(doc);
  // Two rounds: someone whose relative is placed in round one finds them in round two.
  let pendingIds = missing;
  for (let round = 0; round < 2 && pendingIds.length > 0; round++) {
    const next: string[] = [];
    for (const id of pendingIds) {
      let p = anchorOf(id, out);
      if (!p) {
        if (round === 0) {
          next.push(id);
          continue;
        }
        p = { x: origin.x + (loose % ROW_LENGTH) * STEP_X, y: origin.y + Math.floor(loose / ROW_LENGTH) * STEP_Y };
        loose++;
      }
      for (let i = 0; i <= missing.length && taken.has(p); i++) p = { x: p.x + STEP_X, y: p.y };
      out.set(id, p);
      taken.add(p);
    }
    pendingIds = next;
  }
  return out;
}
