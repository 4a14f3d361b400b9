/** Hand-made hard cases for the genogram tests, and the invariants every layout must keep. */
import { expect } from 'vitest';
import type { CaseDocument } from '../../../src/graph/schema';
import { buildFamily } from '../../../src/layout/family';
import { FamilyBuilder } from '../../../src/layout/genogramGenerate';
import { SLOT_WIDTH } from '../../../src/layout/metrics';
import type { Positions } from '../../../src/layout/types';

/** P has three partners over time (divorced, separated, married) with children by each; Y's parents are drawn too. */
export function multiPartner(): CaseDocument {
  const b = new FamilyBuilder();
  b.person('gp1', 'male', 1935);
  b.person('gp2', 'female', 1937);
  b.partner('gp1', 'gp2');
  b.person('aunt', 'female', 1958);
  b.person('p', 'male', 1960);
  b.children(['gp1', 'gp2'], ['p', 'aunt']);
  b.person('x1', 'female', 1961);
  b.person('x2', 'female', 1963);
  b.person('y', 'female', 1966);
  b.person('yf', 'male', 1940);
  b.person('ym', 'female', 1941);
  b.partner('yf', 'ym', 'widowed');
  b.children(['yf', 'ym'], ['y']);
  b.partner('p', 'x1', 'divorced').partner('p', 'x2', 'separated').partner('p', 'y', 'married');
  b.person('k1', 'male', 1982);
  b.person('k2', 'female', 1984);
  b.person('k3', 'female', 1990);
  b.person('k4', 'male', 1995);
  b.person('k5', 'female', 1993);
  b.children(['p', 'x1'], ['k2', 'k1']);
  b.children(['p', 'x2'], ['k3']);
  b.children(['p', 'y'], ['k4', 'k5']);
  return b.doc();
}

/** A child with birth parents (divorced) and adoptive parents; the adoptive father has a birth child. */
export function birthAndAdoptive(): CaseDocument {
  const b = new FamilyBuilder();
  b.person('bm', 'female', 1985);
  b.person('bd', 'male', 1983);
  b.partner('bd', 'bm', 'divorced');
  b.person('am', 'female', 1975);
  b.person('ad', 'male', 1974);
  b.partner('ad', 'am', 'married');
  b.person('c', 'male', 2010, { focus: true });
  b.children(['bm', 'bd'], ['c']);
  b.children(['am', 'ad'], ['c'], 'adoptive');
  b.person('sib', 'female', 2005);
  b.children(['am', 'ad'], ['sib']);
  b.person('fc', 'female', 2012);
  b.children(['am', 'ad'], ['fc'], 'foster');
  return b.doc();
}

/** Two mothers, married: one birth mother, the other adoptive (second-parent adoption); plus a donor-free sibling. */
export function sameSex(): CaseDocument {
  const b = new FamilyBuilder();
  b.person('m1', 'female', 1980);
  b.person('m2', 'female', 1982);
  b.partner('m1', 'm2', 'married');
  b.person('a', 'nonbinary', 2012);
  b.person('z', 'male', 2015);
  b.child('m1', 'a').child('m2', 'a', 'adoptive');
  b.child('m1', 'z').child('m2', 'z', 'adoptive');
  b.person('step', 'male', 1979);
  b.child('step', 'z', 'step');
  return b.doc();
}

/**
 * Two blood families joined by a marriage; the bride is a child in one family and a parent in
 * the other (must appear once); a couple with nine children; explicit siblings without parents;
 * a friend and a professional who are not in the genogram.
 */
export function twoFamilies(): CaseDocument {
  const b = new FamilyBuilder();
  b.person('a1', 'male', 1940);
  b.person('a2', 'female', 1942);
  b.partner('a1', 'a2');
  b.person('b1', 'male', 1938);
  b.person('b2', 'female', 1939);
  b.partner('b1', 'b2', 'cohabiting');
  const as = ['as1', 'as2', 'as3', 'as4', 'as5', 'as6', 'as7', 'as8', 'as9'];
  as.forEach((id, i) => b.person(id, i % 2 ? 'female' : 'male', 1960 + ((i * 7) % 9)));
  b.children(['a1', 'a2'], as);
  b.person('bride', 'female', 1965);
  b.person('bro', 'male', 1962);
  b.children(['b1', 'b2'], ['bride', 'bro']);
  b.partner('as3', 'bride', 'married');
  b.person('bw', 'female', 1963);
  b.partner('bro', 'bw', 'relationship');
  b.person('g1', 'female', 1990, { focus: true });
  b.person('g2', 'male', 1992);
  b.children(['as3', 'bride'], ['g2', 'g1']);
  b.person('c1', 'male', 1991);
  b.children(['bro', 'bw'], ['c1']);
  b.person('s1', 'male', 1950);
  b.person('s2', 'female', 1952);
  b.sibling('s1', 's2');
  b.person('friend', 'female', 1990, { sector: 'friends' });
  b.person('doc', 'male', 1970, { sector: 'professional' });
  return b.doc();
}

/** The invariants of a good genogram layout. */
export function expectSoundLayout(doc: CaseDocument, pos: Positions): void {
  const model = buildFamily(doc);
  expect([...pos.keys()].sort()).toEqual([...model.members].sort());
  for (const id of model.outside) expect(pos.get(id)).toBeUndefined();
  const ids = [...pos.keys()];
  // No two symbols overlap (each keeps its slot for its name).
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = pos.get(ids[i]!)!;
      const b = pos.get(ids[j]!)!;
      if (a.y === b.y) expect(Math.abs(a.x - b.x), `${ids[i]} vs ${ids[j]}`).toBeGreaterThanOrEqual(SLOT_WIDTH);
    }
  }
  for (const u of model.unions) {
    // Children strictly below their parents.
    for (const c of u.children) for (const p of u.partners) expect(pos.get(c)!.y, `${c} below ${p}`).toBeGreaterThan(pos.get(p)!.y);
    // Partners on one row, and only their own chain between them.
    if (u.relationId && u.partners.length === 2) {
      const [a, b] = u.partners.map((p) => pos.get(p)!) as [{ x: number; y: number }, { x: number; y: number }];
      expect(a.y, `${u.partners} on one row`).toBe(b.y);
      const between = ids.filter((id) => pos.get(id)!.y === a.y && pos.get(id)!.x > Math.min(a.x, b.x) && pos.get(id)!.x < Math.max(a.x, b.x));
      for (const id of between) {
        const chained = model.unions.some((v) => v.relationId && v.partners.includes(id) && (v.partners.includes(u.partners[0]!) || v.partners.includes(u.partners[1]!)));
        expect(chained, `${id} between partners ${u.partners}`).toBe(true);
      }
    }
  }
}

/**
 * Primary-union siblings on one row are drawn oldest to youngest, left to right — except, by
 * design, one who married into another family drawn here: they go to the end nearest it.
 */
export function expectBirthOrder(doc: CaseDocument, pos: Positions): void {
  const model = buildFamily(doc);
  const joinsFamilies = (id: string) =>
    model.unions.some((v) => v.relationId && v.partners.includes(id) && v.partners.some((p) => p !== id && model.primaryUnion.has(p)));
  for (const u of model.unions) {
    const kids = u.children.filter((c) => model.primaryUnion.get(c) === u.id && !joinsFamilies(c));
    for (let i = 1; i < kids.length; i++) {
      const a = pos.get(kids[i - 1]!)!;
      const b = pos.get(kids[i]!)!;
      if (a.y === b.y) expect(a.x, `${kids[i - 1]} before ${kids[i]}`).toBeLessThan(b.x);
    }
  }
}
