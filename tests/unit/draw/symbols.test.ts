import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/graph/schema';
import { personLabel, personSymbol, shapeFor, yearLine } from '../../../src/draw/symbols';
import { toSvgString } from '../../../src/draw/render';
import { SYMBOL_SIZE } from '../../../src/layout/metrics';
import { parts, texts } from './helpers';

const base: Person = { id: 'p', name: 'Sam', gender: 'male', sector: 'family', closeness: 1 };

describe('personSymbol', () => {
  it('draws a square for men, a circle for women, a diamond otherwise, of SYMBOL_SIZE', () => {
    const male = parts(personSymbol(base), 'outline')[0]!;
    expect(male.tag).toBe('rect');
    expect(male.attrs).toMatchObject({ width: SYMBOL_SIZE, height: SYMBOL_SIZE, x: -SYMBOL_SIZE / 2, y: -SYMBOL_SIZE / 2 });
    const female = parts(personSymbol({ ...base, gender: 'female' }), 'outline')[0]!;
    expect(female.tag).toBe('circle');
    expect(female.attrs).toMatchObject({ r: SYMBOL_SIZE / 2, cx: 0, cy: 0 });
    for (const g of ['nonbinary', 'unknown'] as const) {
      const d = parts(personSymbol({ ...base, gender: g }), 'outline')[0]!;
      expect(d.tag).toBe('path');
      expect(String(d.attrs!.d)).toMatch(/^M0 -25 L25 0 L0 25 L-25 0 Z$/);
    }
    expect(shapeFor('female')).toBe('circle');
  });

  it('gives the focus person a second, larger outline of the same shape', () => {
    expect(parts(personSymbol(base), 'focus-outline')).toHaveLength(0);
    const [outer] = parts(personSymbol({ ...base, gender: 'female', focus: true }), 'focus-outline');
    expect(outer!.tag).toBe('circle');
    expect(Number(outer!.attrs!.r)).toBeGreaterThan(SYMBOL_SIZE / 2);
  });

  it('crosses out a deceased person with two strokes through the symbol', () => {
    expect(parts(personSymbol(base), 'deceased-cross')).toHaveLength(0);
    const [cross] = parts(personSymbol({ ...base, deceased: true }), 'deceased-cross');
    const d = String(cross!.attrs!.d);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toContain('M-24 -24 L24 24');
  });

  it('hatches professionals, so they differ without colour, and tags them with no jargon', () => {
    const pro = personSymbol({ ...base, sector: 'professional' });
    expect(parts(pro, 'hatch')).toHaveLength(1);
    expect(String(parts(pro, 'hatch')[0]!.attrs!.d).match(/M/g)!.length).toBeGreaterThan(4);
    expect(texts(pro)).not.toContain('prof');
    expect(parts(personSymbol(base), 'hatch')).toHaveLength(0);
    expect(parts(personSymbol(base, { professional: true }), 'hatch')).toHaveLength(1);
  });

  it('shows selected, highlighted and dimmed states', () => {
    expect(parts(personSymbol(base, { selected: true }), 'selection')).toHaveLength(1);
    expect(parts(personSymbol(base, { highlighted: true }), 'highlight')).toHaveLength(1);
    expect(personSymbol(base, { dimmed: true }).attrs!.opacity).toBe(0.35);
    expect(personSymbol(base).attrs!.opacity).toBeUndefined();
  });
});

describe('personLabel', () => {
  it('shows the name and the years', () => {
    const label = personLabel({ ...base, birthYear: 1950, deceased: true, deathYear: 2020 });
    expect(texts(label)).toEqual(['Sam', 'Sam', '1950–2020']);
    expect(yearLine({ birthYear: 2010 })).toBe('2010');
    expect(yearLine({ deceased: true, deathYear: 2001 })).toBe('† 2001');
    expect(yearLine({})).toBe('');
  });

  it('truncates long names with an ellipsis and keeps the full name in the title', () => {
    const name = 'Wilhelmina Johanna van Oranje-Nassau';
    const label = personLabel({ ...base, name }, { maxChars: 12 });
    const [title, shown] = texts(label);
    expect(title).toBe(name);
    expect(shown).toMatch(/…$/);
    expect(Array.from(shown!).length).toBeLessThanOrEqual(12);
  });

  it('renders Unicode names intact and never cuts inside a letter', () => {
    const svg = toSvgString(personLabel({ ...base, name: 'Şükriye' }));
    expect(svg).toContain('>Şükriye<');
    // "Ngọc" written with a combining dot below: truncation keeps letter and mark together.
    const combining = 'Ngo\u0323c Nguyễn Thị Minh Khai';
    const shown = texts(personLabel({ ...base, name: combining }, { maxChars: 4 }))[1]!;
    expect(shown).toBe('Ngo\u0323…');
  });
});
