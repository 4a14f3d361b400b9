import { describe, expect, it } from 'vitest';
import { createDemoCase } from '../../../src/graph/demo';
import { SUPPORT_CATEGORIES, SUPPORT_TYPES } from '../../../src/graph/schema';
import { categoriesOf, supportCategoryOf, supportTypeOf } from '../../../src/graph/support';
import { kindLabel, kindOptions } from '../../../src/steps/ui/kinds';
import { supportBadge } from '../../../src/draw/badges';

describe('the support category ↔ type rule', () => {
  it('groups E, G, A as social-emotional and P as practical (notation.md)', () => {
    expect(supportTypeOf('emotional')).toBe('social-emotional');
    expect(supportTypeOf('company')).toBe('social-emotional');
    expect(supportTypeOf('advice')).toBe('social-emotional');
    expect(supportTypeOf('practical')).toBe('practical');
    expect(categoriesOf('social-emotional')).toEqual(['emotional', 'company', 'advice']);
    expect(categoriesOf('practical')).toEqual(['practical']);
  });

  it('puts every category in exactly one type', () => {
    const all = SUPPORT_TYPES.flatMap((t) => categoriesOf(t));
    expect([...all].sort()).toEqual([...SUPPORT_CATEGORIES].sort());
    for (const t of SUPPORT_TYPES) for (const c of categoriesOf(t)) expect(supportTypeOf(c)).toBe(t);
  });

  it("gives a record without a category its type's letter; a record's own category wins", () => {
    expect(supportCategoryOf({ type: 'practical' })).toBe('practical');
    expect(supportCategoryOf({ type: 'social-emotional' })).toBe('emotional');
    expect(supportCategoryOf({ type: 'social-emotional', category: 'company' })).toBe('company');
    expect(supportCategoryOf({ type: 'practical', category: 'advice' })).toBe('advice');
    for (const t of SUPPORT_TYPES) expect(supportTypeOf(supportCategoryOf({ type: t }))).toBe(t);
  });

  it('is what the forms, the labels and the badges show', () => {
    for (const c of SUPPORT_CATEGORIES) {
      const label = kindOptions.find((o) => o.value === c)!.label;
      // The word once, with its letter: never "Sociaal-emotioneel: emotioneel (E)".
      expect(label, c).toMatch(/^(Emotioneel \(E\)|Gezelschap \(G\)|Advies \(A\)|Praktisch \(P\))$/);
      expect(kindLabel(supportTypeOf(c), c)).toBe(label);
      const frame = (supportBadge(c).children![0] as { tag: string }).tag;
      expect(frame, c).toBe(supportTypeOf(c) === 'practical' ? 'rect' : 'circle');
    }
  });

  it('names the type only where a record differs from the rule', () => {
    expect(kindLabel('practical', 'advice')).toBe('Advies (A), praktisch');
    expect(kindLabel('social-emotional', 'practical')).toBe('Praktisch (P), sociaal-emotioneel');
    expect(kindLabel('practical', undefined)).toBe('Praktisch');
  });

  it('holds for every need and offer of the demo case', () => {
    const demo = createDemoCase(new Date('2026-11-28T10:00:00Z'));
    for (const r of [...demo.needs, ...demo.offers]) {
      if (r.category) expect(supportTypeOf(r.category), r.id).toBe(r.type);
    }
  });
});
