import { describe, expect, it } from 'vitest';
import { buildFamily } from '../../../src/layout/family';
import { buildBlocks } from '../../../src/layout/genogramBlocks';
import { FamilyBuilder } from '../../../src/layout/genogramGenerate';
import { birthAndAdoptive, multiPartner, sameSex, twoFamilies } from './genogramFamilies';

describe('buildFamily', () => {
  it('one union per partner relation; a child hangs from the union of its parents, in birth order', () => {
    const m = buildFamily(multiPartner());
    expect(m.unions.filter((u) => u.relationId)).toHaveLength(5);
    const u = m.unionById.get(m.primaryUnion.get('k1')!)!;
    expect([...u.partners].sort()).toEqual(['p', 'x1']);
    expect(u.children).toEqual(['k1', 'k2']);
  });

  it('two parents without a partner relation share an implicit union; a lone parent a one-person union', () => {
    const b = new FamilyBuilder();
    b.person('a', 'male', 1980);
    b.person('b', 'female', 1981);
    b.person('c', 'female', 1960);
    b.person('k', 'male', 2005);
    b.person('l', 'male', 1985);
    b.children(['a', 'b'], ['k']).child('c', 'l');
    const m = buildFamily(b.doc());
    const k = m.unionById.get(m.primaryUnion.get('k')!)!;
    expect(k.relationId).toBeUndefined();
    expect([...k.partners].sort()).toEqual(['a', 'b']);
    expect(m.unionById.get(m.primaryUnion.get('l')!)!.partners).toEqual(['c']);
    expect(m.generation.get('a')).toBe(m.generation.get('b'));
  });

  it('birth parents are the primary union; adoptive and foster parents are extra unions; step-parents none', () => {
    const m = buildFamily(birthAndAdoptive());
    const unions = m.childUnions.get('c')!.map((id) => m.unionById.get(id)!);
    expect(unions.map((u) => u.childType.get('c'))).toEqual(['biological', 'adoptive']);
    const s = buildFamily(sameSex());
    const z = s.childUnions.get('z')!;
    expect(z).toHaveLength(1);
    expect(s.unionById.get(z[0]!)!.partners.sort()).toEqual(['m1', 'm2']);
    expect(s.unionById.get(z[0]!)!.childType.get('z')).toBe('adoptive');
  });

  it('generations: partners on one row, children below, a married-in family pulled down next to its child', () => {
    const m = buildFamily(multiPartner());
    const g = (id: string) => m.generation.get(id)!;
    expect(g('p')).toBe(g('y'));
    expect(g('x1')).toBe(g('p'));
    expect(g('k1')).toBe(g('p') + 1);
    expect(g('gp1')).toBe(g('p') - 1);
    expect(g('yf')).toBe(g('y') - 1);
  });

  it('leaves friends and professionals without family relations out, and keeps family-sector people in', () => {
    const m = buildFamily(twoFamilies());
    expect(m.outside.sort()).toEqual(['doc', 'friend']);
    const b = new FamilyBuilder();
    b.person('lone', 'female', 1950);
    expect(buildFamily(b.doc()).members).toEqual(['lone']);
  });

  it('blocks: a partner chain is one block, ordered ex – person – partner', () => {
    const m = buildFamily(multiPartner());
    const chain = buildBlocks(m).find((b) => b.members.includes('p'))!;
    expect([chain.members.join(' '), [...chain.members].reverse().join(' ')]).toContain('x1 x2 p y');
  });
});
