/** Files that are valid but hostile to a naive reader, and the refusals that must say what is wrong. */
import { describe, expect, it } from 'vitest';
import { parseCase, serializeCase, type ImportError } from '../../../src/graph/parse';
import { COORDINATE_LIMIT, LIMITS } from '../../../src/graph/schema';
import { QUOTE_MAX } from '../../../src/graph/paths';
import { validate } from '../../../src/graph/validate';
import { describeImportError } from '../../../src/i18n/importErrors';
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
    expect(refusal(parseCase(text))).toEqual({ code: 'missing', path: 'people[2].id', params: {} });
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
    if (!first.ok) throw new Error(describeImportError(first.error));
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
    expect(refusal(parseCase(text))).toEqual({
      code: 'wrong-type',
      path: 'layout.genogram.__proto__.x',
      params: { expected: 'number', found: { type: 'text', text: 'links' } },
    });
  });

  it('a dangling reference to "constructor" is refused (no inherited member counts as a person)', () => {
    const raw = rawCase();
    raw.relations[0].to = 'constructor';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'dangling-ref', path: 'relations[0].to', params: { kind: 'person', id: 'constructor' } });
  });
});

describe('refusals name place and reason, briefly', () => {
  it('keeps only the start of a huge value found, also of a text of emoji', () => {
    for (const [unit, length] of [['x', 1_000_000], ['💥', 100_000]] as const) {
      const raw = rawCase();
      raw.people[0].gender = unit.repeat(length);
      const error = refusal(parseRaw(raw));
      expect(error).toMatchObject({ code: 'bad-enum', path: 'people[0].gender', params: { found: { type: 'text' } } });
      // One code point more than is shown, so the message knows to cut.
      expect(error.code === 'bad-enum' && Array.from((error.params.found as { text: string }).text)).toHaveLength(QUOTE_MAX + 1);
      expect(describeImportError(error).length).toBeLessThan(300);
      expect(describeImportError(error)).toContain(`${unit.repeat(3)}…"`);
    }
  });

  it('a missing enum field "ontbreekt"; a missing relation kind too', () => {
    const raw = rawCase();
    delete raw.people[1].gender;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'missing', path: 'people[1].gender', params: {} });
    const raw2 = rawCase();
    delete raw2.relations[1].kind;
    expect(refusal(parseRaw(raw2))).toEqual({ code: 'missing', path: 'relations[1].kind', params: {} });
  });

  it('a year out of range says the whole range', () => {
    const range = { min: 1800, max: 2200 };
    const raw = rawCase();
    raw.people[0].birthYear = 1700;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'too-small', path: 'people[0].birthYear', params: { found: { type: 'number', value: 1700 }, range } });
    raw.people[0].birthYear = 1950.5;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'not-a-year', path: 'people[0].birthYear', params: { found: { type: 'number', value: 1950.5 }, ...range } });
    const text = JSON.stringify(rawCase()).replace('"name":"Sam",', '"name":"Sam","birthYear":1e999,');
    expect(refusal(parseCase(text))).toEqual({ code: 'not-finite', path: 'people[0].birthYear', params: { range } });
  });

  it.each([
    ['// comment', '{"format": "netwerkkaart", // c\n"version": 1}', { line: 1, column: 28, truncated: false, reason: 'comment' }],
    ['NaN', '{"format": "netwerkkaart",\n"version": NaN}', { line: 2, column: 12, truncated: false, reason: 'nan' }],
    ['Infinity', '{"format": "netwerkkaart",\n"version": Infinity}', { line: 2, column: 12, truncated: false, reason: 'infinity' }],
    ['a trailing comma', '{"format": "netwerkkaart", "people": [1,]}', { line: 1, column: 40, truncated: false, reason: 'trailing-comma' }],
    ['single quotes', "{'format': 1}", { line: 1, column: 2, truncated: false, reason: 'single-quotes' }],
    ['a missing comma', '{"format": "netwerkkaart" "version": 1}', { line: 1, column: 27, truncated: false, reason: 'missing-comma-object' }],
    ['a cut-off file', '{"format": "netwerkkaart",\n"people": [', { line: 2, column: 12, truncated: true, reason: 'ends-early' }],
  ])('%s: not JSON, with line and column', (_label, text, params) => {
    expect(refusal(parseCase(text))).toEqual({ code: 'json-syntax', path: '', params });
  });

  it('an empty key names the object that holds it', () => {
    const text = JSON.stringify(rawCase()).replace(/}$/, ',"layout":{"genogram":{"":{"x":1,"y":2}}}}');
    expect(refusal(parseCase(text))).toEqual({ code: 'empty-key', path: 'layout.genogram', params: {} });
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
    expect(refusal(parseRaw(raw))).toEqual({ code: 'too-many', path: 'people', params: { list: 'people', max: 5000, count: 5001 } });
    raw.people = raw.people.slice(0, 1);
    raw.relations = Array.from({ length: LIMITS.records + 1 }, (_, i) => ({ id: `r${i}`, kind: 'tie', from: 'p0', to: 'p0', quality: 'strong', flow: 'to' }));
    expect(refusal(parseRaw(raw))).toEqual({ code: 'too-many', path: 'relations', params: { list: 'relations', max: 50000, count: 50001 } });
  });
});

describe('what the format forbids is refused', () => {
  it.each([
    ['2026-02-30', 'no-such-date'],
    ['2026-13-01', 'no-such-date'],
    ['2025-02-29', 'no-such-date'],
    ['2026-11-28T25:00:00Z', 'no-such-date'],
    ['2026-11-28junk', 'not-iso-date'],
    ['28-11-2026', 'not-iso-date'],
  ])('the impossible date %s in every date field', (date, code) => {
    for (const [path, put] of [
      ['case.createdAt', (r: any) => (r.case.createdAt = date)],
      ['case.updatedAt', (r: any) => (r.case.updatedAt = date)],
      ['meetings[0].date', (r: any) => (r.meetings[0].date = date)],
      ['snapshots[0].takenAt', (r: any) => (r.snapshots = [{ id: 'snap', takenAt: date, label: 'x', data: {} }])],
      ['snapshots[0].data.meetings[0].date', (r: any) => (r.snapshots = [{ id: 'snap', takenAt: '2026-01-01', label: 'x', data: { meetings: [{ id: 'm', date, present: [], notes: '' }] } }])],
    ] as const) {
      const raw = rawCase();
      put(raw);
      expect(refusal(parseRaw(raw))).toEqual({ code, path, params: {} });
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
