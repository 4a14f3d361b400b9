import { describe, expect, it } from 'vitest';
import { parseSpokenName } from '../../../src/graph/spokenName';
import { GENDER_WORDS } from '../../../src/i18n/kinshipWords';

const parse = (text: string) => parseSpokenName(text, 2026, GENDER_WORDS);

describe('parseSpokenName: the name field takes what people say', () => {
  it('reads a year at the end as the birth year, and a kinship word as the gender', () => {
    expect(parse('Oma Ria 1953')).toEqual({ name: 'Oma Ria', gender: 'female', birthYear: 1953 });
    expect(parse('  Tante   Karin (1971) ')).toEqual({ name: 'Tante Karin', gender: 'female', birthYear: 1971 });
    expect(parse('Sam, 2012')).toEqual({ name: 'Sam', birthYear: 2012 });
  });

  it('reads two years, or a cross, as someone who has died', () => {
    expect(parse('Opa Jan 1950-2021')).toEqual({ name: 'Opa Jan', gender: 'male', birthYear: 1950, deathYear: 2021, deceased: true });
    expect(parse('Opa Jan 1950–2021')).toMatchObject({ birthYear: 1950, deathYear: 2021, deceased: true });
    expect(parse('Oom Peter †2019')).toEqual({ name: 'Oom Peter', gender: 'male', deathYear: 2019, deceased: true });
    expect(parse('Oom Peter 1948 † 2019')).toMatchObject({ birthYear: 1948, deathYear: 2019 });
    expect(parse('Overgrootmoeder Aaltje †')).toEqual({ name: 'Overgrootmoeder Aaltje', gender: 'female', deceased: true });
  });

  it('leaves a name alone when the number is no plausible year', () => {
    expect(parse('Groep 8')).toEqual({ name: 'Groep 8' });
    expect(parse('Kamer 1234')).toEqual({ name: 'Kamer 1234' });
    expect(parse('Kind 2040')).toEqual({ name: 'Kind 2040' });
    expect(parse('Opa 2021-1950')).toEqual({ name: 'Opa 2021-1950', gender: 'male' });
    // Only a year: that is the name, there is nothing else to call them.
    expect(parse('1953')).toEqual({ name: '1953' });
  });

  it('takes the gender only from a whole first word it knows', () => {
    expect(parse('Omar')).toEqual({ name: 'Omar' });
    expect(parse('Mentor Meijer')).toEqual({ name: 'Mentor Meijer' });
    expect(parse('BUURVROUW Els')).toMatchObject({ gender: 'female' });
    expect(parseSpokenName('Oma Ria', 2026)).toEqual({ name: 'Oma Ria' });
  });

  it('keeps hostile text as text', () => {
    expect(parse('<img src=x onerror=alert(1)> 1990')).toEqual({ name: '<img src=x onerror=alert(1)>', birthYear: 1990 });
  });
});
