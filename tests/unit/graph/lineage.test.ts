/** The parent-cycle search: linear, iterative, and it names a relation on the cycle. */
import { describe, expect, it } from 'vitest';
import { firstCycleClosingRelation } from '../../../src/graph/lineage';
import type { Relation } from '../../../src/graph/schema';
import { firstProblem, validate } from '../../../src/graph/validate';
import { parseCase } from '../../../src/graph/parse';
import { danglingParentChain, peopleCycle } from '../../fuzz/hostileFiles';
import { caseWith, parentRel, person, tieRel } from './helpers';

/** p0 -> p1 -> ... -> p{n}: n parent links. */
const chain = (n: number): Relation[] => Array.from({ length: n }, (_, i) => parentRel(`r${i}`, `p${i}`, `p${i + 1}`));

describe('firstCycleClosingRelation', () => {
  it('finds no cycle in a tree, a diamond or a long chain', () => {
    expect(firstCycleClosingRelation([])).toBe(-1);
    expect(firstCycleClosingRelation([parentRel('a', 'x', 'y'), parentRel('b', 'x', 'z'), parentRel('c', 'y', 'w'), parentRel('d', 'z', 'w')])).toBe(-1);
    expect(firstCycleClosingRelation(chain(50_000))).toBe(-1);
  });

  it('ignores self-links and other kinds of relation', () => {
    expect(firstCycleClosingRelation([parentRel('a', 'x', 'x'), tieRel('t', 'y', 'x'), parentRel('b', 'x', 'y')])).toBe(-1);
  });

  it('names the latest relation of the cycle in file order', () => {
    const rels = [parentRel('a', 'p2', 'p1'), tieRel('t', 'p3', 'p1'), parentRel('b', 'p3', 'p2'), parentRel('c', 'p1', 'p3')];
    expect(firstCycleClosingRelation(rels)).toBe(3);
    // The same cycle written in another order: still a relation on it, the one read last.
    expect(firstCycleClosingRelation([rels[3]!, rels[2]!, rels[0]!])).toBe(2);
  });

  it('finds the cycle that a 50,000-link chain closes, without overflowing the stack', () => {
    const rels = [...chain(50_000), parentRel('back', 'p50000', 'p0')];
    expect(firstCycleClosingRelation(rels)).toBe(50_000);
    // Closing link first in the file: the chain's last link is the latest on the cycle.
    expect(firstCycleClosingRelation([parentRel('back', 'p50000', 'p0'), ...chain(50_000)])).toBe(50_000);
  });
});

describe('validate on a 50,000-link chain', () => {
  const people = Array.from({ length: 50_001 }, (_, i) => person(`p${i}`));

  it('reports the parent cycle at the relation that closes it', () => {
    const doc = caseWith(people, [...chain(50_000), parentRel('back', 'p50000', 'p0')]);
    expect(firstProblem(doc)).toMatchObject({ code: 'parent-cycle', path: 'relations[50000]' });
  });

  it('stops at the first problem when asked for one, and at the limit otherwise', () => {
    const rels = chain(1000).map((r) => ({ ...r, from: `ghost${r.from}` }));
    const doc = caseWith(people.slice(0, 1001), rels);
    expect(validate(doc, 1)).toHaveLength(1);
    expect(validate(doc)).toHaveLength(50);
    expect(firstProblem(doc)).toMatchObject({ code: 'dangling-ref', path: 'relations[0].from' });
  });
});

describe('hostile chains through parseCase', () => {
  it('the 1.5 MB and 3.8 MB chains of issue 7 are refused at the first dangling reference', () => {
    for (const links of [20_000, 49_999]) {
      const text = danglingParentChain(links);
      expect(text.length).toBeGreaterThan(links * 70);
      const result = parseCase(text);
      expect(result).toEqual({ ok: false, error: { code: 'dangling-ref', path: 'relations[0].from', params: { kind: 'person', id: 'p0' } } });
    }
  });

  it('5,000 real people in a chain that closes a cycle: refused at the closing link', () => {
    const result = parseCase(peopleCycle());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'parent-cycle', path: 'relations[4999]' });
  });
});
