import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseCase, serializeCase, type ImportError } from '../../../src/graph/parse';
import { LIMITS, SECTORS } from '../../../src/graph/schema';
import { rawCase } from './helpers';

const parseRaw = (raw: unknown) => parseCase(JSON.stringify(raw));

function refusal(result: ReturnType<typeof parseCase>): ImportError {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseCase accepts', () => {
  it('a valid file and fills absent lists with empty ones', () => {
    const raw = rawCase();
    delete raw.snapshots;
    delete raw.meetings;
    const result = parseRaw(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.people).toHaveLength(3);
      expect(result.value.meetings).toEqual([]);
      expect(result.value.snapshots).toEqual([]);
    }
  });

  it('treats null as absent', () => {
    const raw = rawCase();
    raw.people[0].birthYear = null;
    raw.people[0].notes = null;
    raw.layout = null;
    const result = parseRaw(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect('birthYear' in (result.value.people[0] ?? {})).toBe(false);
      expect(result.value.layout).toBeUndefined();
    }
  });

  it('keeps unknown fields (forward compatible) and writes them back', () => {
    const raw = rawCase();
    raw.people[0].favouriteColour = 'blauw';
    raw.extraTopLevel = { a: 1 };
    const result = parseRaw(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.people[0]?.favouriteColour).toBe('blauw');
    expect(JSON.parse(serializeCase(result.value)).extraTopLevel).toEqual({ a: 1 });
  });

  it('prunes layout positions of people who are not in the case', () => {
    const raw = rawCase();
    raw.layout = { genogram: { p1: { x: 1, y: 2 }, ghost: { x: 3, y: 4 } } };
    const result = parseRaw(raw);
    expect(result.ok && result.value.layout?.genogram).toEqual({ p1: { x: 1, y: 2 } });
  });

  it('reads a file with a byte order mark', () => {
    expect(parseCase(`\ufeff${JSON.stringify(rawCase())}`).ok).toBe(true);
  });

  it('round-trips unicode names and HTML-looking text unchanged', () => {
    const raw = rawCase();
    raw.people[0].name = 'Şükriye';
    raw.people[1].name = 'Małgorzata';
    raw.people[2].name = 'Ngọc 👩‍👧';
    raw.needs[0].text = '<img src=x onerror=alert(1)>';
    const first = parseRaw(raw);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const text = serializeCase(first.value);
    expect(text).toContain('"Şükriye"');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(parseCase(text)).toEqual(first);
  });
});

describe('serializeCase', () => {
  it('writes pretty JSON with two spaces and a final newline', () => {
    const result = parseRaw(rawCase());
    if (!result.ok) throw new Error('fixture invalid');
    const text = serializeCase(result.value);
    expect(text.startsWith('{\n  "format": "netwerkkaart",\n  "version": 2,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('parseCase refuses', () => {
  it('a file that is too large, before reading it', () => {
    const error = refusal(parseCase(' '.repeat(LIMITS.fileBytes + 1)));
    expect(error).toEqual({ code: 'too-large', path: '', params: { maxBytes: LIMITS.fileBytes } });
  });

  it('a file just over the limit in bytes but not in characters', () => {
    const text = 'é'.repeat(Math.ceil(LIMITS.fileBytes / 2) + 1); // 2 bytes each
    expect(refusal(parseCase(text)).code).toBe('too-large');
  });

  it('an empty file and one with only white space', () => {
    expect(refusal(parseCase(''))).toEqual({ code: 'empty', path: '', params: {} });
    expect(refusal(parseCase('  \n\t ')).code).toBe('empty');
  });

  it('text that is not JSON, saying where', () => {
    const error = refusal(parseCase('{\n  "format": "netwerkkaart",\n  "version": 1,\n}'));
    expect(error).toEqual({ code: 'json-syntax', path: '', params: { line: 3, column: 16, truncated: false, reason: 'trailing-comma' } });
  });

  it('JSON that stops halfway', () => {
    const error = refusal(parseCase('{"format": "netwerkkaart", "people": ['));
    expect(error).toMatchObject({ code: 'json-syntax', params: { truncated: true } });
  });

  it.each([
    ['an array', '[1, 2]'],
    ['a string', '"netwerkkaart"'],
    ['null', 'null'],
    ['another format', '{"type": "FeatureCollection"}'],
    ['a wrong format name', '{"format": "genopro", "version": 1}'],
  ])('%s as another format', (_label, text) => {
    expect(refusal(parseCase(text))).toEqual({ code: 'other-format', path: '', params: { format: 'netwerkkaart' } });
  });

  it('a missing or non-integer version', () => {
    const raw = rawCase();
    delete raw.version;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'missing', path: 'version', params: {} });
    raw.version = '1';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'bad-version', path: 'version', params: { found: { type: 'text', text: '1' } } });
    raw.version = 1.5;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'bad-version', path: 'version', params: { found: { type: 'number', value: 1.5 } } });
  });

  it('a newer version, saying so', () => {
    const raw = rawCase();
    raw.version = 7;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'too-new', path: 'version', params: { version: 7, current: 2 } });
  });

  it('an older version without a migration', () => {
    const raw = rawCase();
    raw.version = 0;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'migration', path: 'version', params: { version: 0, stuckAt: 0 } });
  });

  it('an unknown enum value, naming place, value and the allowed values', () => {
    const raw = rawCase();
    raw.people[1].sector = 'kerk';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'bad-enum', path: 'people[1].sector', params: { found: { type: 'text', text: 'kerk' }, allowed: [...SECTORS] } });
  });

  it('an unknown relation kind', () => {
    const raw = rawCase();
    raw.relations[1].kind = 'friend';
    expect(refusal(parseRaw(raw))).toEqual({
      code: 'bad-kind',
      path: 'relations[1].kind',
      params: { found: { type: 'text', text: 'friend' }, allowed: ['partner', 'parent', 'sibling', 'tie'] },
    });
  });

  it('a closeness outside the three rings', () => {
    const raw = rawCase();
    raw.people[0].closeness = 4;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'bad-enum', path: 'people[0].closeness', params: { found: { type: 'number', value: 4 }, allowed: [1, 2, 3] } });
  });

  it('a missing required field and a wrong type', () => {
    const raw = rawCase();
    delete raw.people[2].name;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'missing', path: 'people[2].name', params: {} });
    const raw2 = rawCase();
    raw2.people[0].birthYear = 'tweeduizend';
    expect(refusal(parseRaw(raw2))).toEqual({ code: 'wrong-type', path: 'people[0].birthYear', params: { expected: 'number', found: { type: 'text', text: 'tweeduizend' } } });
  });

  it('a date that is not ISO 8601', () => {
    const raw = rawCase();
    raw.meetings[0].date = '20 november';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'not-iso-date', path: 'meetings[0].date', params: {} });
    raw.meetings[0].date = '2026-02-30';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'no-such-date', path: 'meetings[0].date', params: {} });
  });

  it('absurd sizes: a too long name, too many people', () => {
    const raw = rawCase();
    raw.people[0].name = 'x'.repeat(LIMITS.nameLength + 1);
    expect(refusal(parseRaw(raw))).toEqual({ code: 'too-long', path: 'people[0].name', params: { max: LIMITS.nameLength } });
    const raw2 = rawCase();
    raw2.people = Array.from({ length: LIMITS.people + 1 }, (_, i) => ({ id: `p${i}`, name: 'x', gender: 'male', sector: 'family', closeness: 2 }));
    raw2.relations = [];
    raw2.needs = [];
    raw2.offers = [];
    raw2.strengths = [];
    raw2.consents = [];
    raw2.agreements = [];
    raw2.meetings = [];
    expect(refusal(parseRaw(raw2))).toEqual({ code: 'too-many', path: 'people', params: { list: 'people', max: LIMITS.people, count: LIMITS.people + 1 } });
  });

  it('an empty id and an agreement with nobody', () => {
    const raw = rawCase();
    raw.topics[0].id = '';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'empty-text', path: 'topics[0].id', params: {} });
    const raw2 = rawCase();
    raw2.agreements[0].with = [];
    expect(refusal(parseRaw(raw2))).toEqual({ code: 'names-nobody', path: 'agreements[0].with', params: {} });
  });

  it('duplicate ids, also across different kinds of record', () => {
    const raw = rawCase();
    raw.people[2].id = 'p2';
    raw.relations = [];
    const error = refusal(parseRaw(raw));
    expect(error).toEqual({ code: 'duplicate-id', path: 'people[2].id', params: { id: 'p2', earlier: 'people[1]' } });
    const raw2 = rawCase();
    raw2.topics[0].id = 'n1';
    raw2.consents = [];
    expect(refusal(parseRaw(raw2))).toMatchObject({ code: 'duplicate-id', path: 'topics[0].id' });
    const raw3 = rawCase();
    raw3.people[0].id = 'c1';
    raw3.relations = [];
    expect(refusal(parseRaw(raw3))).toEqual({ code: 'duplicate-id', path: 'people[0].id', params: { id: 'c1', earlier: 'case' } });
  });

  it.each([
    ['relations[0].to', (r: any) => (r.relations[0].to = 'p9'), 'person', 'p9'],
    ['relations[1].from', (r: any) => (r.relations[1].from = 'n1'), 'person', 'n1'],
    ['needs[0].of', (r: any) => (r.needs[0].of = 'p9'), 'person', 'p9'],
    ['offers[0].by', (r: any) => (r.offers[0].by = 'p9'), 'person', 'p9'],
    ['offers[0].needIds[0]', (r: any) => (r.offers[0].needIds = ['n9']), 'need', 'n9'],
    ['strengths[0].of', (r: any) => (r.strengths[0].of = 'p9'), 'person', 'p9'],
    ['consents[0].personId', (r: any) => (r.consents[0].personId = 'p9'), 'person', 'p9'],
    ['consents[0].topicId', (r: any) => (r.consents[0].topicId = 't9'), 'topic', 't9'],
    ['agreements[0].with[1]', (r: any) => (r.agreements[0].with[1] = 'p9'), 'person', 'p9'],
    ['meetings[0].present[0]', (r: any) => (r.meetings[0].present[0] = 'p9'), 'person', 'p9'],
  ])('a dangling reference at %s', (path, breakIt, kind, id) => {
    const raw = rawCase();
    breakIt(raw);
    expect(refusal(parseRaw(raw))).toEqual({ code: 'dangling-ref', path, params: { kind, id } });
  });

  it('a relation of a person with themselves', () => {
    const raw = rawCase();
    raw.relations[1].to = 'p3';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'self-relation', path: 'relations[1].to', params: { person: 'Ans' } });
  });

  it('a cycle of parent relations (someone who is their own ancestor)', () => {
    const raw = rawCase();
    raw.relations.push({ id: 'r3', kind: 'parent', from: 'p3', to: 'p2', type: 'biological' });
    raw.relations.push({ id: 'r4', kind: 'parent', from: 'p1', to: 'p3', type: 'adoptive' });
    expect(refusal(parseRaw(raw))).toEqual({ code: 'parent-cycle', path: 'relations[3]', params: { person: 'Sam' } });
  });

  it('the same couple twice and the same parent link twice', () => {
    const raw = rawCase();
    raw.relations.push({ id: 'r3', kind: 'partner', from: 'p2', to: 'p3', status: 'married' });
    raw.relations.push({ id: 'r4', kind: 'partner', from: 'p3', to: 'p2', status: 'divorced' });
    expect(refusal(parseRaw(raw))).toEqual({ code: 'duplicate-relation', path: 'relations[3]', params: { earlier: 2 } });
    const raw2 = rawCase();
    raw2.relations.push({ id: 'r3', kind: 'parent', from: 'p2', to: 'p1', type: 'step' });
    expect(refusal(parseRaw(raw2))).toMatchObject({ code: 'duplicate-relation', path: 'relations[2]' });
  });

  it('two decisions for the same person and topic', () => {
    const raw = rawCase();
    raw.consents.push({ personId: 'p3', topicId: 't1', decision: 'may-not-know' });
    expect(refusal(parseRaw(raw))).toEqual({ code: 'duplicate-consent', path: 'consents[1]', params: { earlier: 0 } });
  });

  it('a snapshot whose data is not consistent within itself', () => {
    const raw = rawCase();
    const data = structuredClone({ people: raw.people, relations: raw.relations });
    raw.snapshots = [{ id: 'snap1', takenAt: '2026-11-01', label: 'Eerder', data }];
    expect(parseRaw(raw).ok).toBe(true); // the frozen copy may reuse the live ids
    data.relations[0].from = 'p7';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'dangling-ref', path: 'snapshots[0].data.relations[0].from', params: { kind: 'person', id: 'p7' } });
  });

  it('a snapshot id that clashes with a live record', () => {
    const raw = rawCase();
    raw.snapshots = [{ id: 'p1', takenAt: '2026-11-01', label: 'Eerder', data: {} }];
    expect(refusal(parseRaw(raw))).toMatchObject({ code: 'duplicate-id', path: 'snapshots[0].id' });
  });

  it('nesting deeper than MAX_DEPTH in an unknown field', () => {
    const raw = rawCase();
    raw.people[0].extra = JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`);
    expect(refusal(parseRaw(raw))).toEqual({ code: 'too-deep', path: '', params: { maxDepth: MAX_DEPTH } });
    raw.people[0].extra = JSON.parse(`${'['.repeat(50)}${']'.repeat(50)}`);
    expect(parseRaw(raw).ok).toBe(true);
  });

  it('absurdly deep nesting without crashing', () => {
    const raw = rawCase();
    const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    const text = JSON.stringify(raw).replace(/}$/, `,"deep":${deep}}`);
    const result = parseCase(text);
    expect(refusal(result)).toEqual({ code: 'too-deep', path: '', params: { maxDepth: 64 } });
  });
});
