/**
 * The part of a drawing that can be seen in a box: what the PDF draws on each tile of a large
 * map, so a 1000-person genogram's tiles do not each carry (and convert) the whole map. A
 * person (a group placed with translate and data-person-id), a polyline or a straight path is
 * dropped when its extent plus `margin` misses the box; anything it cannot measure is kept.
 */
import type { SvgNode } from './svg';

export interface CullBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A person's symbol, marks and two-line label lie within this of their centre. */
const PERSON_REACH = { left: 90, right: 90, top: 45, bottom: 90 };

export function cullToBox(node: SvgNode, box: CullBox, margin = 20): SvgNode {
  const x0 = box.x - margin;
  const y0 = box.y - margin;
  const x1 = box.x + box.width + margin;
  const y1 = box.y + box.height + margin;
  const misses = (e: Extent) => e.maxX < x0 || e.minX > x1 || e.maxY < y0 || e.minY > y1;
  const walk = (n: SvgNode): SvgNode | null => {
    const e = extent(n);
    if (e) return misses(e) ? null : n;
    if (n.tag !== 'g' || !n.children) return n;
    const children: Array<SvgNode | string> = [];
    for (const c of n.children) {
      const kept = typeof c === 'string' ? c : walk(c);
      if (kept !== null) children.push(kept);
    }
    return { ...n, children };
  };
  return walk(node) ?? { tag: 'g', attrs: {}, children: [] };
}

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function extent(n: SvgNode): Extent | null {
  const a = n.attrs ?? {};
  if (n.tag === 'g' && a['data-person-id'] !== undefined) {
    const m = /^translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)$/.exec(String(a.transform ?? ''));
    if (!m) return null;
    const x = Number(m[1]);
    const y = Number(m[2]);
    return { minX: x - PERSON_REACH.left, maxX: x + PERSON_REACH.right, minY: y - PERSON_REACH.top, maxY: y + PERSON_REACH.bottom };
  }
  if (n.tag === 'polyline' || n.tag === 'polygon') return ofNumbers(String(a.points ?? ''));
  // Only straight segments: an arc's numbers are not all points.
  if (n.tag === 'path' && /^[MLZmlz\d\s,.eE+-]*$/.test(String(a.d ?? '')) && !/[mlz]/.test(String(a.d))) return ofNumbers(String(a.d ?? ''));
  return null;
}

function ofNumbers(text: string): Extent | null {
  const nums = text.match(/-?\d*\.?\d+(?:e[+-]?\d+)?/gi)?.map(Number) ?? [];
  if (nums.length < 2 || nums.length % 2 !== 0) return null;
  const e = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i < nums.length; i += 2) {
    e.minX = Math.min(e.minX, nums[i]!);
    e.maxX = Math.max(e.maxX, nums[i]!);
    e.minY = Math.min(e.minY, nums[i + 1]!);
    e.maxY = Math.max(e.maxY, nums[i + 1]!);
  }
  return e;
}
