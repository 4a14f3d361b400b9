import { describe, expect, it } from 'vitest';
import { parseCase, serializeCase, type ImportError } from '../../../src/graph/parse';
import { LIMITS } from '../../../src/graph/schema';
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
    expect(text.startsWith('{\n  "format": "netwerkkaart",\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('parseCase refuses', () => {
  it('a file that is too large, before reading it', () => {
    const error = refusal(parseCase(' '.repeat(LIMITS.fileBytes + 1)));
    expect(error).toMatchObject({ code: 'too-large', path: '' });
    expect(error.message).toContain('te groot');
  });

  it('a file just over the limit in bytes but not in characters', () => {
    const text = 'é'.repeat(Math.ceil(LIMITS.fileBytes / 2) + 1); // 2 bytes each
    expect(refusal(parseCase(text)).code).toBe('too-large');
  });

  it('an empty file and one with only white space', () => {
    expect(refusal(parseCase(''))).toEqual({ code: 'empty', path: '', message: 'Het bestand is leeg.' });
    expect(refusal(parseCase('  \n\t ')).code).toBe('empty');
  });

  it('text that is not JSON, saying where', () => {
    const error = refusal(parseCase('{\n  "format": "netwerkkaart",\n  "version": 1,\n}'));
    expect(error.code).toBe('not-json');
    expect(error.path).toBe('');
    expect(error.message).toBe('Dit is geen geldig JSON-bestand (regel 3, kolom 16): een komma te veel vóór het einde van een lijst of object.');
  });

  it('JSON that stops halfway', () => {
    const error = refusal(parseCase('{"format": "netwerkkaart", "people": ['));
    expect(error.code).toBe('not-json');
  });

  it.each([
    ['an array', '[1, 2]'],
    ['a string', '"netwerkkaart"'],
    ['null', 'null'],
    ['another format', '{"type": "FeatureCollection"}'],
    ['a wrong format name', '{"format": "genopro", "version": 1}'],
  ])('%s as another format', (_label, text) => {
    const error = refusal(parseCase(text));
    expect(error.code).toBe('other-format');
    expect(error.message).toContain('geen Netwerkkaart-bestand');
  });

  it('a missing or non-integer version', () => {
    const raw = rawCase();
    delete raw.version;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'bad-version', path: 'version', message: 'version: ontbreekt' });
    raw.version = '1';
    expect(refusal(parseRaw(raw))).toMatchObject({ code: 'bad-version', path: 'version' });
    raw.version = 1.5;
    expect(refusal(parseRaw(raw)).message).toBe('version: moet een geheel getal zijn, maar is 1.5');
  });

  it('a newer version, saying so', () => {
    const raw = rawCase();
    raw.version = 7;
    const error = refusal(parseRaw(raw));
    expect(error.code).toBe('too-new');
    expect(error.path).toBe('version');
    expect(error.message).toContain('versie 7');
    expect(error.message).toContain('Werk de app bij');
  });

  it('an older version without a migration', () => {
    const raw = rawCase();
    raw.version = 0;
    expect(refusal(parseRaw(raw))).toMatchObject({ code: 'migration', path: 'version' });
  });

  it('an unknown enum value, naming place, value and the allowed values', () => {
    const raw = rawCase();
    raw.people[1].sector = 'kerk';
    const error = refusal(parseRaw(raw));
    expect(error.code).toBe('bad-enum');
    expect(error.path).toBe('people[1].sector');
    expect(error.message).toMatch(/^people\[1\]\.sector: onbekende waarde "kerk" \(toegestaan: household, family/);
  });

  it('an unknown relation kind', () => {
    const raw = rawCase();
    raw.relations[1].kind = 'friend';
    const error = refusal(parseRaw(raw));
    expect(error).toMatchObject({ code: 'bad-enum', path: 'relations[1].kind' });
    expect(error.message).toBe('relations[1].kind: onbekende soort "friend" (toegestaan: partner, parent, sibling, tie)');
  });

  it('a closeness outside the three rings', () => {
    const raw = rawCase();
    raw.people[0].closeness = 4;
    expect(refusal(parseRaw(raw))).toEqual({
      code: 'bad-enum',
      path: 'people[0].closeness',
      message: 'people[0].closeness: onbekende waarde 4 (toegestaan: 1, 2, 3)',
    });
  });

  it('a missing required field and a wrong type', () => {
    const raw = rawCase();
    delete raw.people[2].name;
    expect(refusal(parseRaw(raw))).toEqual({ code: 'invalid', path: 'people[2].name', message: 'people[2].name: ontbreekt' });
    const raw2 = rawCase();
    raw2.people[0].birthYear = 'tweeduizend';
    expect(refusal(parseRaw(raw2)).message).toBe('people[0].birthYear: verwacht een getal, maar vond "tweeduizend"');
  });

  it('a date that is not ISO 8601', () => {
    const raw = rawCase();
    raw.meetings[0].date = '20 november';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'invalid', path: 'meetings[0].date', message: 'meetings[0].date: is geen ISO 8601-datum (zoals 2026-11-28 of 2026-11-28T14:00:00Z)' });
  });

  it('absurd sizes: a too long name, too many people', () => {
    const raw = rawCase();
    raw.people[0].name = 'x'.repeat(LIMITS.nameLength + 1);
    expect(refusal(parseRaw(raw))).toEqual({
      code: 'too-large',
      path: 'people[0].name',
      message: `people[0].name: te lang (meer dan ${LIMITS.nameLength} tekens)`,
    });
    const raw2 = rawCase();
    raw2.people = Array.from({ length: LIMITS.people + 1 }, (_, i) => ({ id: `p${i}`, name: 'x', gender: 'male', sector: 'family', closeness: 2 }));
    raw2.relations = [];
    raw2.needs = [];
    raw2.offers = [];
    raw2.strengths = [];
    raw2.consents = [];
    raw2.agreements = [];
    raw2.meetings = [];
    expect(refusal(parseRaw(raw2))).toMatchObject({ code: 'too-large', path: 'people' });
  });

  it('an empty id and an agreement with nobody', () => {
    const raw = rawCase();
    raw.topics[0].id = '';
    expect(refusal(parseRaw(raw))).toMatchObject({ code: 'invalid', path: 'topics[0].id', message: 'topics[0].id: mag niet leeg zijn' });
    const raw2 = rawCase();
    raw2.agreements[0].with = [];
    expect(refusal(parseRaw(raw2)).message).toBe('agreements[0].with: noemt niemand');
  });

  it('duplicate ids, also across different kinds of record', () => {
    const raw = rawCase();
    raw.people[2].id = 'p2';
    raw.relations = [];
    const error = refusal(parseRaw(raw));
    expect(error).toEqual({ code: 'duplicate-id', path: 'people[2].id', message: 'people[2].id: id "p2" wordt al gebruikt bij people[1]' });
    const raw2 = rawCase();
    raw2.topics[0].id = 'n1';
    raw2.consents = [];
    expect(refusal(parseRaw(raw2))).toMatchObject({ code: 'duplicate-id', path: 'topics[0].id' });
    const raw3 = rawCase();
    raw3.people[0].id = 'c1';
    raw3.relations = [];
    expect(refusal(parseRaw(raw3))).toMatchObject({ code: 'duplicate-id', path: 'people[0].id' });
  });

  it.each([
    ['relations[0].to', (r: any) => (r.relations[0].to = 'p9'), 'persoon', 'p9'],
    ['relations[1].from', (r: any) => (r.relations[1].from = 'n1'), 'persoon', 'n1'],
    ['needs[0].of', (r: any) => (r.needs[0].of = 'p9'), 'persoon', 'p9'],
    ['offers[0].by', (r: any) => (r.offers[0].by = 'p9'), 'persoon', 'p9'],
    ['offers[0].needIds[0]', (r: any) => (r.offers[0].needIds = ['n9']), 'behoefte', 'n9'],
    ['strengths[0].of', (r: any) => (r.strengths[0].of = 'p9'), 'persoon', 'p9'],
    ['consents[0].personId', (r: any) => (r.consents[0].personId = 'p9'), 'persoon', 'p9'],
    ['consents[0].topicId', (r: any) => (r.consents[0].topicId = 't9'), 'onderwerp', 't9'],
    ['agreements[0].with[1]', (r: any) => (r.agreements[0].with[1] = 'p9'), 'persoon', 'p9'],
    ['meetings[0].present[0]', (r: any) => (r.meetings[0].present[0] = 'p9'), 'persoon', 'p9'],
  ])('a dangling reference at %s', (path, breakIt, noun, id) => {
    const raw = rawCase();
    breakIt(raw);
    expect(refusal(parseRaw(raw))).toEqual({ code: 'dangling-ref', path, message: `${path}: geen ${noun} met id "${id}"` });
  });

  it('a relation of a person with themselves', () => {
    const raw = rawCase();
    raw.relations[1].to = 'p3';
    expect(refusal(parseRaw(raw))).toEqual({ code: 'self-relation', path: 'relations[1].to', message: 'relations[1].to: relatie van "Ans" met zichzelf' });
  });

  it('a cycle of parent relations (someone who is their own ancestor)', () => {
    const raw = rawCase();
    raw.relations.push({ id: 'r3', kind: 'parent', from: 'p3', to: 'p2', type: 'biological' });
    raw.relations.push({ id: 'r4', kind: 'parent', from: 'p1', to: 'p3', type: 'adoptive' });
    const error = refusal(parseRaw(raw));
    expect(error.code).toBe('parent-cycle');
    expect(error.path).toBe('relations[3]');
    expect(error.message).toBe('relations[3]: "Sam" wordt zo een voorouder van zichzelf (kring van ouderrelaties)');
  });

  it('the same couple twice and the same parent link twice', () => {
    const raw = rawCase();
    raw.relations.push({ id: 'r3', kind: 'partner', from: 'p2', to: 'p3', status: 'married' });
    raw.relations.push({ id: 'r4', kind: 'partner', from: 'p3', to: 'p2', status: 'divorced' });
    expect(refusal(parseRaw(raw))).toEqual({ code: 'duplicate-relation', path: 'relations[3]', message: 'relations[3]: dezelfde relatie als relations[2]' });
    const raw2 = rawCase();
    raw2.relations.push({ id: 'r3', kind: 'parent', from: 'p2', to: 'p1', type: 'step' });
    expect(refusal(parseRaw(raw2))).toMatchObject({ code: 'duplicate-relation', path: 'relations[2]' });
  });

  it('two decisions for the same person and topic', () => {
    const raw = rawCase();
    raw.consents.push({ personId: 'p3', topicId: 't1', decision: 'may-not-know' });
    expect(refusal(parseRaw(raw))).toMatchObject({ code: 'duplicate-consent', path: 'consents[1]' });
  });

  it('a snapshot whose data is not consistent within itself', () => {
    const raw = rawCase();
    const data = structuredClone({ people: raw.people, relations: raw.relations });
    raw.snapshots = [{ id: 'snap1', takenAt: '2026-11-01', label: 'Eerder', data }];
    expect(parseRaw(raw).ok).toBe(true); // the frozen copy may reuse the live ids
    data.relations[0].from = 'p7';
    expect(refusal(parseRaw(raw))).toEqual({
      code: 'dangling-ref',
      path: 'snapshots[0].data.relations[0].from',
      message: 'snapshots[0].data.relations[0].from: geen persoon met id "p7"',
    });
  });

  it('a snapshot id that clashes with a live record', () => {
    const raw = rawCase();
    raw.snapshots = [{ id: 'p1', takenAt: '2026-11-01', label: 'Eerder', data: {} }];
    expect(refusal(parseRaw(raw))).toMatchObject({ code: 'duplicate-id', path: 'snapshots[0].id' });
  });

  it('nesting deeper than MAX_DEPTH in an unknown field', () => {
    const raw = rawCase();
    raw.people[0].extra = JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`);
    expect(refusal(parseRaw(raw)).message).toContain('te diep genest');
    raw.people[0].extra = JSON.parse(`${'['.repeat(50)}${']'.repeat(50)}`);
    expect(parseRaw(raw).ok).toBe(true);
  });

  it('absurdly deep nesting without crashing', () => {
    const raw = rawCase();
    const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    const text = JSON.stringify(raw).replace(/}$/, `,"deep":${deep}}`);
    const result = parseCase(text);
    expect(refusal(result)).toEqual({ code: 'too-large', path: '', message: 'Het bestand is te diep genest (meer dan 64 niveaus).' });
  });
});
