/**
 * Cheap quality figures of a genogram layout: crossings between parent->child lines (straight
 * from the couple's midpoint to the child, counted between each pair of rows) and couples
 * drawn apart (not on one row, or a stranger standing between them).
 */
import type { CaseDocument } from '../src/graph/schema';
import { buildFamily } from '../src/layout/family';
import type { Positions } from '../src/layout/types';

export function layoutQuality(doc: CaseDocument, pos: Positions): { crossings: number; partnersApart: number } {
  const model = buildFamily(doc);
  const segs: Array<{ y0: number; y1: number; x0: number; x1: number }> = [];
  for (const u of model.unions) {
    if (u.partners.length === 0) continue;
    const xs = u.partners.map((p) => pos.get(p)!.x);
    const x0 = (Math.min(...xs) + Math.max(...xs)) / 2;
    const y0 = Math.max(...u.partners.map((p) => pos.get(p)!.y));
    for (const c of u.children) segs.push({ x0, y0, x1: pos.get(c)!.x, y1: pos.get(c)!.y });
  }
  let crossings = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const a = segs[i]!;
      const b = segs[j]!;
      if (a.y0 !== b.y0 || a.y1 !== b.y1) continue;
      if (a.x0 === b.x0 || a.x1 === b.x1) continue; // shared parents or child: a fork, not a crossing
      if (Math.sign(a.x0 - b.x0) !== Math.sign(a.x1 - b.x1)) crossings++;
    }
  }
  let partnersApart = 0;
  const ids = [...pos.keys()];
  for (const u of model.unions) {
    if (!u.relationId) continue;
    const [a, b] = u.partners.map((p) => pos.get(p)!);
    if (!a || !b) continue;
    const chain = new Set(u.partners.flatMap((p) => model.unions.filter((v) => v.partners.includes(p)).flatMap((v) => v.partners)));
    const stranger = ids.some((id) => !chain.has(id) && pos.get(id)!.y === a.y && pos.get(id)!.x > Math.min(a.x, b.x) && pos.get(id)!.x < Math.max(a.x, b.x));
    if (a.y !== b.y || stranger) partnersApart++;
  }
  return { crossings, partnersApart };
}
