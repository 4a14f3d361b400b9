/**
 * Which relations a genogram line stands for, so a click (or tap, or Enter) on a couple line or
 * a child line can change that relation on the map. A couple line is one partner relation; a
 * child line is the parent relations from the couple's partners to that child (one per parent).
 * Lines that stand for no relation (an implied couple of two parents who are not partners has
 * no status to set) are left out.
 */
import type { CaseDocument, ParentType, PartnerStatus, Point } from '../graph/schema';
import type { Connector } from './connectors';
import { buildFamily, type FamilyModel } from './family';

export type LineTarget =
  | { key: string; kind: 'couple'; relationIds: [string]; people: [string, string]; status: PartnerStatus; points: Point[] }
  | { key: string; kind: 'child'; relationIds: string[]; parents: string[]; child: string; type: ParentType; points: Point[] };

/** The document's part of the targets: built once per change of people or relations, not per frame. */
export interface LineIndex {
  model: FamilyModel;
  partner: ReadonlyMap<string, { from: string; to: string; status: PartnerStatus }>;
  parentsOf: ReadonlyMap<string, ReadonlyArray<{ id: string; from: string; type: ParentType }>>;
}

export function lineIndex(doc: CaseDocument): LineIndex {
  const partner = new Map<string, { from: string; to: string; status: PartnerStatus }>();
  const parentsOf = new Map<string, Array<{ id: string; from: string; type: ParentType }>>();
  for (const r of doc.relations) {
    if (r.kind === 'partner') partner.set(r.id, r);
    if (r.kind === 'parent') parentsOf.set(r.to, [...(parentsOf.get(r.to) ?? []), { id: r.id, from: r.from, type: r.type }]);
  }
  return { model: buildFamily(doc), partner, parentsOf };
}

export function lineTargets({ model, partner, parentsOf }: LineIndex, connectors: readonly Connector[]): LineTarget[] {
  const out: LineTarget[] = [];
  for (const c of connectors) {
    const union = model.unionById.get(c.unionId);
    if (!union) continue;
    if (c.kind === 'couple') {
      const r = union.relationId === undefined ? undefined : partner.get(union.relationId);
      if (r && union.relationId) out.push({ key: c.id, kind: 'couple', relationIds: [union.relationId], people: [r.from, r.to], status: r.status, points: c.points });
    } else if (c.kind === 'child' && c.childId !== undefined) {
      const partners = new Set(union.partners);
      const relations = (parentsOf.get(c.childId) ?? []).filter((p) => partners.has(p.from));
      if (relations.length === 0) continue;
      out.push({
        key: c.id,
        kind: 'child',
        relationIds: relations.map((p) => p.id),
        parents: relations.map((p) => p.from),
        child: c.childId,
        type: union.childType.get(c.childId) ?? relations[0]!.type,
        points: c.points,
      });
    }
  }
  return out;
}

/**
 * The area a line can be clicked in: a band `half` wide on either side of each segment, as one SVG
 * path of filled rectangles. A filled area rather than a wide stroke, so a horizontal couple bar
 * has a real height for the browser's and the tests' hit testing. It stops at the segment's ends,
 * which stop at the symbols, so the band (drawn above the people) never covers a symbol.
 */
export function hitArea(points: readonly Point[], half: number): string {
  const parts: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const dx = ((q.x - p.x) / length) * half;
    const dy = ((q.y - p.y) / length) * half;
    const corners = [
      { x: p.x - dy, y: p.y + dx },
      { x: q.x - dy, y: q.y + dx },
      { x: q.x + dy, y: q.y - dx },
      { x: p.x + dy, y: p.y - dx },
    ];
    parts.push(`M${corners.map((c) => `${round(c.x)} ${round(c.y)}`).join(' L')} Z`);
  }
  return parts.join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
