/** Files that are valid but hostile to a naive reader, and the refusals that must say what is wrong. */
import { describe, expect, it } from 'vitest';
import { parseCase, serializeCase, type ImportError } from '../../../src/graph/parse';
import { COORDINATE_LIMIT, LIMITS } from '../../../src/graph/schema';
import { validate } from '../../../src/graph/validate';
import { rawCase } from './helpers';

const parseRaw = (raw: unknown) => parseCase(JSON.stringify(raw));

function refusal(result: ReturnType<typeof parseCase>): ImportError {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

const BUILT_IN = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

describe('built-in property names are plain data', () => {
  it('a person whose id and name exist only inside "__proto__" is refused, not read through the prototype', () => {
    const text = JSON.stringify(rawCase()).replace('{"id":"p3","name":"Ans",', '{"__proto__":{"id":"p3","name":"Ans"},');
    expect(text).toContain('"__proto__"');
    expect(refusal(parseCase(text))).toMatchObject({ path: 'people[2].id', message: 'people[2].id: ontbreekt' });
  });

  it.each(BUILT_IN)('people, layout keys and unknown fields named %s round-trip equal', (id) => {
    const raw = rawCase();
    raw.people[2].id = id;
    raw.relations[1].from = id;
    raw.offers[0].by = id;
    raw.consents[0].personId = id;
    raw.agreements[0].with[1] = id;
    const text = JSON.stringify(raw)
      .replace(/}$/, `,"layout":{"genogram":{"${id}":{"x":1,"y":2},"p1":{"x":3,"y":4}}}}`)
      .replace('"name":"Sam",', `"name":"Sam","${id}":{"kept":true},`);
    const first = parseCase(text);
    if (!first.ok) throw new Error(first.error.message);
    const doc = first.value;
    expect(Object.getPrototypeOf(doc.layout?.genogram)).toBe(Object.prototype);
    expect(Object.hasOwn(doc.layout!.genogram!, id)).toBe(true);
    expect(doc.layout?.genogram?.[id]).toEqual({ x: 1, y: 2 });
    expect(Object.hasOwn(doc.people[0]!, id)).toBe(true);
    expect(Object.getPrototypeOf(doc.people[0])).toBe(Object.prototype);
    expect(validate(doc)).toEqual([]);
    const again = parseCase(serializeCase(doc));
    expect(again).toEqual(first);
    expect(serializeCase(again.ok ? again.value : doc)).toBe(serializeCase(doc));
  });

  it('checks a position stored under "__proto__" like any other', () => {
    const raw = rawCase();
    raw.people[2].id = '__proto__';
    raw.relations[1].from = '__proto__';
    raw.offers[0].by = '__proto__';
    raw.consents[0].personId = '__proto__';
    raw.agreements[0].with[1] = '__proto__';
    const text = JSON.stringify(raw).replace(/}$/, ',"layout":{"genogram":{"__proto__":{"x":"links","y":2}}}}');
    expect(refusal(parseCase(text))).toMatchObject({ path: 'layout.genogram.__proto__.x', message: 'layout.genogram.__proto__.x: verwacht een getal, maar vond "links"' });
  });

  it('a dangling reference to "constructor" is refused (no inherited member counts as a person)', () => {
    const raw = rawCase();
    raw.relations[0].to = 'constructor';
    expect(refusal(parseRaw(raw)).message).toBe('relations[0].to: geen persoon met id "constructor"');
  });
});

describe('messages name place and reason, in Dutch, briefly', () => {
  it('cuts a huge quoted value', () => {
    const raw = rawCase();
    raw.people[0].gender = 'x'.repeat(1_000_000);
    const error = refusal(parseRaw(raw));
    expect(error.path).toBe('people[0].gender');
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain('xxx…"');
  });

  it('a missing enum field "ontbreekt"; a missing relation kind too', () => {
    const raw = rawCase();
    delete raw.people[1].gender;
    expect(refusal(parseRaw(raw)).message).toBe('people[1].gender: ontbreekt');
    const raw2 = rawCase();
    delete raw2.relations[1].kind;
    expect(refusal(parseRaw(raw2)).message).toBe('relations[1].kind: ontbreekt');
  });

  it('a year out of range says the range, in Dutch', () => {
    const raw = rawCase();
    raw.people[0].birthYear = 1700;
    expect(refusal(parseRaw(raw)).message).toBe('people[0].birthYear: 1700 is te klein (toegestaan: 1800 tot en met 2200)');
    const text = JSON.stringify(rawCase()).replace('"name":"Sam",', '"name":"Sam","birthYear":1e999,');
    expect(refusal(parseCase(text)).message).toBe('people[0].birthYear: het getal is te groot (toegestaan: 1800 tot en met 2200)');
  });

  it.each([
    ['// comment', '{"format": "netwerkkaart", // c\n"version": 1}', /regel 1, kolom 28\): commentaar/],
    ['NaN', '{"format": "netwerkkaart",\n"version": NaN}', /regel 2, kolom 12\): "NaN" is in JSON geen getal/],
    ['Infinity', '{"format": "netwerkkaart",\n"version": Infinity}', /regel 2, kolom 12\): "Infinity" is in JSON geen getal/],
    ['a trailing comma', '{"format": "netwerkkaart", "people": [1,]}', /regel 1, kolom 40\): een komma te veel/],
    ['single quotes', "{'format': 1}", /regel 1, kolom 2\): tekst moet tussen dubbele/],
    ['a cut-off file', '{"format": "netwerkkaart",\n"people": [', /het bestand houdt halverwege op, regel 2, kolom 12/],
  ])('%s: not JSON, with line and column', (_label, text, expected) => {
    const error = refusal(parseCase(text));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/^Dit is geen geldig JSON-bestand \(/);
    expect(error.message).toMatch(expected);
  });

  it('an empty key names the object that holds it', () => {
    const text = JSON.stringify(rawCase()).replace(/}$/, ',"layout":{"genogram":{"":{"x":1,"y":2}}}}');
    expect(refusal(parseCase(text))).toMatchObject({ path: 'layout.genogram', message: 'layout.genogram: een lege sleutel is niet toegestaan' });
  });

  it('a key with odd characters is quoted in the path', () => {
    const raw = rawCase();
    raw.layout = { genogram: { p1: { x: 'links', y: 0 } } };
    expect(refusal(parseRaw(raw)).path).toBe('layout.genogram.p1.x');
    raw.people[0].id = 'p 1.a';
    raw.relations = [];
    raw.needs = [];
    raw.strengths = [];
    raw.layout = { genogram: { 'p 1.a': { x: 'links', y: 0 } } };
    expect(refusal(parseRaw(raw)).path).toBe('layout.genogram["p 1.a"].x');
  });

  it('the 5,001st person: the limit is reached, with the count', () => {
    const raw: Record<string, any> = { ...rawCase(), relations: [], needs: [], offers: [], strengths: [], consents: [], agreements: [], meetings: [] };
    raw.people = Array.from({ length: LIMITS.people + 1 }, (_, i) => ({ id: `p${i}`, name: 'x', gender: 'male', sector: 'family', closeness: 2 }));
    expect(refusal(parseRaw(raw)).message).toBe('people: de grens van 5000 personen is bereikt (dit bestand heeft er 5001)');
    raw.people = raw.people.slice(0, 1);
    raw.relations = Array.from({ length: LIMITS.records + 1 }, (_, i) => ({ id: `r${i}`, kind: 'tie', from: 'p0', to: 'p0', quality: 'strong', flow: 'to' }));
    expect(refusal(parseRaw(raw)).message).toBe('relations: de grens van 50000 relaties is bereikt (dit bestand heeft er 50001)');
  });
});

describe('what the format forbids is refused', () => {
  it.each([
    ['2026-02-30', 'is een datum die niet bestaat'],
    ['2026-13-01', 'is een datum die niet bestaat'],
    ['2025-02-29', 'is een datum die niet bestaat'],
    ['2026-11-28T25:00:00Z', 'is een datum die niet bestaat'],
    ['2026-11-28junk', 'is geen ISO 8601-datum'],
    ['28-11-2026', 'is geen ISO 8601-datum'],
  ])('the impossible date %s in every date field', (date, reason) => {
    for (const [path, put] of [
      ['case.createdAt', (r: any) => (r.case.createdAt = date)],
      ['case.updatedAt', (r: any) => (r.case.updatedAt = date)],
      ['meetings[0].date', (r: any) => (r.meetings[0].date = date)],
      ['snapshots[0].takenAt', (r: any) => (r.snapshots = [{ id: 'snap', takenAt: date, label: 'x', data: {} }])],
      ['snapshots[0].data.meetings[0].date', (r: any) => (r.snapshots = [{ id: 'snap', takenAt: '2026-01-01', label: 'x', data: { meetings: [{ id: 'm', date, present: [], notes: '' }] } }])],
    ] as const) {
      const raw = rawCase();
      put(raw);
      const error = refusal(parseRaw(raw));
      expect(error.path).toBe(path);
      expect(error.message).toContain(reason);
    }
  });

  it('accepts real dates and date-times, leap days included', () => {
    for (const date of ['2024-02-29', '2026-11-28T14:00', '2026-11-28T14:00:00Z', '2026-11-28T14:00:00.123+01:00']) {
      const raw = rawCase();
      raw.meetings[0].date = date;
      expect(parseRaw(raw).ok).toBe(true);
    }
  });

  it('clamps far-away positions (1e308) into the map', () => {
    const text = JSON.stringify(rawCase()).replace(/}$/, ',"layout":{"netwerkkaart":{"p1":{"x":1e308,"y":-1e308},"p2":{"x":5,"y":6}}}}');
    const result = parseCase(text);
    expect(result.ok && result.value.layout?.netwerkkaart).toEqual({ p1: { x: COORDINATE_LIMIT, y: -COORDINATE_LIMIT }, p2: { x: 5, y: 6 } });
  });
});
