/**
 * One sentence per error code: what the professional reads when a file or a stored case is
 * refused. The table is keyed by code, so a new code without its sentence here does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { ImportError, ImportErrorCode } from '../../../src/graph/importError';
import type { JsonSyntaxReason } from '../../../src/graph/jsonError';
import { sample } from '../../../src/graph/paths';
import type { RelationProblem } from '../../../src/graph/commands';
import { describeImportError } from '../../../src/i18n/importErrors';
import { describeRelationProblem } from '../../../src/i18n/relationProblems';

const text = (t: string) => sample(t);
const num = (n: number) => sample(n);

type Example<C extends ImportErrorCode> = [Extract<ImportError, { code: C }>, string];

const SENTENCES: { [C in ImportErrorCode]: Example<C>[] } = {
  'too-large': [[{ code: 'too-large', path: '', params: { maxBytes: 20 * 1024 * 1024 } }, 'Het bestand is te groot (meer dan 20 MB).']],
  'too-deep': [[{ code: 'too-deep', path: '', params: { maxDepth: 64 } }, 'Het bestand is te diep genest (meer dan 64 niveaus).']],
  empty: [[{ code: 'empty', path: '', params: {} }, 'Het bestand is leeg.']],
  'json-syntax': [
    [
      { code: 'json-syntax', path: '', params: { line: 3, column: 16, truncated: false, reason: 'trailing-comma' } },
      'Dit is geen geldig JSON-bestand (regel 3, kolom 16): een komma te veel vóór het einde van een lijst of object.',
    ],
    [
      { code: 'json-syntax', path: '', params: { line: 2, column: 12, truncated: true, reason: 'ends-early' } },
      'Dit is geen geldig JSON-bestand (het bestand houdt halverwege op, regel 2, kolom 12).',
    ],
    [{ code: 'json-syntax', path: '', params: { line: 1, column: 5, truncated: false, reason: null } }, 'Dit is geen geldig JSON-bestand (regel 1, kolom 5).'],
    [{ code: 'json-syntax', path: '', params: {} }, 'Dit is geen geldig JSON-bestand.'],
  ],
  'not-utf8': [
    [
      { code: 'not-utf8', path: '', params: { byte: 118, latin1: true } },
      'Het bestand is geen UTF-8-tekst (byte 118 is ongeldig). Het lijkt opgeslagen als Latin-1 of Windows-1252; sla het op als UTF-8 en importeer het opnieuw.',
    ],
    [{ code: 'not-utf8', path: '', params: { byte: 2, latin1: false } }, 'Het bestand is geen UTF-8-tekst (byte 2 is ongeldig). Sla het op als UTF-8 en importeer het opnieuw.'],
  ],
  'other-format': [[{ code: 'other-format', path: '', params: { format: 'netwerkkaart' } }, 'Dit is geen Netwerkkaart-bestand: het veld "format" is niet "netwerkkaart".']],
  invalid: [[{ code: 'invalid', path: '', params: {} }, 'Het bestand klopt niet.']],
  'bad-version': [
    [{ code: 'bad-version', path: 'version', params: { found: num(1.5) } }, 'version: moet een geheel getal zijn, maar is 1.5'],
    [{ code: 'bad-version', path: 'version', params: { found: text('1') } }, 'version: moet een geheel getal zijn, maar is "1"'],
  ],
  'too-new': [
    [
      { code: 'too-new', path: 'version', params: { version: 2, current: 1 } },
      'version: dit bestand heeft versie 2, maar deze app kent alleen versie 1 en ouder. Werk de app bij om het te openen.',
    ],
  ],
  migration: [
    [
      { code: 'migration', path: 'version', params: { version: 0, stuckAt: 0 } },
      'version: versie 0 kan niet worden bijgewerkt: er is geen omzetting van versie 0 naar een nieuwere versie',
    ],
  ],
  missing: [[{ code: 'missing', path: 'people[2].name', params: {} }, 'people[2].name: ontbreekt']],
  'bad-enum': [
    [
      { code: 'bad-enum', path: 'relations[2].quality', params: { found: text('super'), allowed: ['strong', 'normal', 'weak', 'stressful', 'conflict', 'cutoff'] } },
      'relations[2].quality: onbekende waarde "super" (toegestaan: strong, normal, weak, stressful, conflict, cutoff)',
    ],
    [{ code: 'bad-enum', path: 'people[0].closeness', params: { found: num(4), allowed: [1, 2, 3] } }, 'people[0].closeness: onbekende waarde 4 (toegestaan: 1, 2, 3)'],
  ],
  'bad-kind': [
    [
      { code: 'bad-kind', path: 'relations[1].kind', params: { found: text('friend'), allowed: ['partner', 'parent', 'sibling', 'tie'] } },
      'relations[1].kind: onbekende soort "friend" (toegestaan: partner, parent, sibling, tie)',
    ],
  ],
  'bad-value': [[{ code: 'bad-value', path: 'people[0].x', params: { found: sample({ a: 1 }) } }, 'people[0].x: ongeldige waarde een object']],
  'too-many': [
    [{ code: 'too-many', path: 'people', params: { list: 'people', max: 5000, count: 5001 } }, 'people: de grens van 5000 personen is bereikt (dit bestand heeft er 5001)'],
    [{ code: 'too-many', path: 'layout.netwerkkaartFrame.rings', params: { list: 'rings', max: 3, count: null } }, 'layout.netwerkkaartFrame.rings: de grens van 3 items is bereikt'],
    // A list named like a built-in member is no list noun.
    [{ code: 'too-many', path: 'x', params: { list: 'constructor', max: 2, count: 3 } }, 'x: de grens van 2 items is bereikt (dit bestand heeft er 3)'],
  ],
  'too-few': [[{ code: 'too-few', path: 'layout.netwerkkaartFrame.rings', params: { min: 3 } }, 'layout.netwerkkaartFrame.rings: te weinig items (minstens 3)']],
  'names-nobody': [[{ code: 'names-nobody', path: 'agreements[0].with', params: {} }, 'agreements[0].with: noemt niemand']],
  'too-long': [[{ code: 'too-long', path: 'people[0].name', params: { max: 200 } }, 'people[0].name: te lang (meer dan 200 tekens)']],
  'too-short': [[{ code: 'too-short', path: 'case.id', params: { min: 3 } }, 'case.id: te kort (minstens 3 tekens)']],
  'empty-text': [[{ code: 'empty-text', path: 'topics[0].id', params: {} }, 'topics[0].id: mag niet leeg zijn']],
  'too-big': [
    [{ code: 'too-big', path: 'people[0].birthYear', params: { found: num(2300), range: { min: 1800, max: 2200 } } }, 'people[0].birthYear: 2300 is te groot (toegestaan: 1800 tot en met 2200)'],
    [{ code: 'too-big', path: 'layout.netwerkkaartFrame.sectors.household', params: { found: num(400), range: { max: 360 } } }, 'layout.netwerkkaartFrame.sectors.household: 400 is te groot (hoogstens 360)'],
  ],
  'too-small': [
    [{ code: 'too-small', path: 'people[0].birthYear', params: { found: num(1700), range: { min: 1800, max: 2200 } } }, 'people[0].birthYear: 1700 is te klein (toegestaan: 1800 tot en met 2200)'],
    [{ code: 'too-small', path: 'layout.netwerkkaartFrame.rings[2]', params: { found: num(-5), range: { min: 0 } } }, 'layout.netwerkkaartFrame.rings[2]: -5 is te klein (minstens 0)'],
  ],
  'not-finite': [
    [{ code: 'not-finite', path: 'people[0].birthYear', params: { range: { min: 1800, max: 2200 } } }, 'people[0].birthYear: het getal is te groot (toegestaan: 1800 tot en met 2200)'],
    [{ code: 'not-finite', path: 'layout.genogram.p1.x', params: { range: {} } }, 'layout.genogram.p1.x: het getal is te groot (toegestaan: een eindig getal)'],
  ],
  'wrong-type': [
    [{ code: 'wrong-type', path: 'people[0].birthYear', params: { expected: 'number', found: text('tweeduizend') } }, 'people[0].birthYear: verwacht een getal, maar vond "tweeduizend"'],
    [{ code: 'wrong-type', path: 'people', params: { expected: 'array', found: sample({}) } }, 'people: verwacht een lijst, maar vond een object'],
    [{ code: 'wrong-type', path: 'people[0].name', params: { expected: 'string', found: sample([1, 2, 3]) } }, 'people[0].name: verwacht tekst, maar vond een lijst van 3'],
    [{ code: 'wrong-type', path: 'people[0].deceased', params: { expected: 'boolean', found: sample([]) } }, 'people[0].deceased: verwacht true of false, maar vond []'],
    [{ code: 'wrong-type', path: 'x', params: { expected: 'tuple', found: sample(true) } }, 'x: verwacht een andere soort waarde, maar vond true'],
  ],
  'not-a-year': [
    [
      { code: 'not-a-year', path: 'people[0].birthYear', params: { found: num(1.5), min: 1800, max: 2200 } },
      'people[0].birthYear: verwacht een jaartal (een geheel getal van 1800 tot en met 2200), maar vond 1.5',
    ],
  ],
  'empty-key': [[{ code: 'empty-key', path: 'layout.genogram', params: {} }, 'layout.genogram: een lege sleutel is niet toegestaan']],
  'key-too-long': [
    [
      { code: 'key-too-long', path: 'layout.genogram', params: { key: 'k'.repeat(61), max: 100 } },
      `layout.genogram: de sleutel "${'k'.repeat(60)}…" is te lang (hoogstens 100 tekens)`,
    ],
  ],
  'bad-key': [[{ code: 'bad-key', path: 'layout.genogram', params: { key: 'p 1' } }, 'layout.genogram: ongeldige sleutel "p 1"']],
  'unknown-fields': [[{ code: 'unknown-fields', path: 'layout.netwerkkaartFrame', params: { keys: ['a', 'b c'] } }, 'layout.netwerkkaartFrame: onbekende velden: "a", "b c"']],
  'bad-format': [[{ code: 'bad-format', path: 'x', params: { found: text('abc') } }, 'x: "abc" heeft niet de juiste vorm']],
  'not-multiple': [[{ code: 'not-multiple', path: 'x', params: { found: num(5), divisor: 2 } }, 'x: 5 moet een veelvoud van 2 zijn']],
  'bad-element': [[{ code: 'bad-element', path: 'x', params: { found: sample(null) } }, 'x: ongeldig element een lege waarde']],
  'not-iso-date': [[{ code: 'not-iso-date', path: 'meetings[0].date', params: {} }, 'meetings[0].date: is geen ISO 8601-datum (zoals 2026-11-28 of 2026-11-28T14:00:00Z)']],
  'no-such-date': [[{ code: 'no-such-date', path: 'case.createdAt', params: {} }, 'case.createdAt: is een datum die niet bestaat']],
  'duplicate-id': [
    [{ code: 'duplicate-id', path: 'people[2].id', params: { id: 'p2', earlier: 'people[1]' } }, 'people[2].id: id "p2" wordt al gebruikt bij people[1]'],
    [{ code: 'duplicate-id', path: 'people[0].id', params: { id: 'c1', earlier: 'case' } }, 'people[0].id: id "c1" wordt al gebruikt bij case'],
  ],
  'dangling-ref': [
    [{ code: 'dangling-ref', path: 'relations[3].to', params: { kind: 'person', id: 'p9' } }, 'relations[3].to: geen persoon met id "p9"'],
    [{ code: 'dangling-ref', path: 'offers[0].needIds[1]', params: { kind: 'need', id: 'n9' } }, 'offers[0].needIds[1]: geen behoefte met id "n9"'],
    [{ code: 'dangling-ref', path: 'consents[0].topicId', params: { kind: 'topic', id: 't9' } }, 'consents[0].topicId: geen onderwerp met id "t9"'],
  ],
  'self-relation': [[{ code: 'self-relation', path: 'relations[1].to', params: { person: 'Ans' } }, 'relations[1].to: relatie van "Ans" met zichzelf']],
  'parent-cycle': [[{ code: 'parent-cycle', path: 'relations[3]', params: { person: 'Sam' } }, 'relations[3]: "Sam" wordt zo een voorouder van zichzelf (kring van ouderrelaties)']],
  'duplicate-relation': [[{ code: 'duplicate-relation', path: 'snapshots[0].data.relations[3]', params: { earlier: 2 } }, 'snapshots[0].data.relations[3]: dezelfde relatie als relations[2]']],
  'duplicate-consent': [[{ code: 'duplicate-consent', path: 'consents[1]', params: { earlier: 0 } }, 'consents[1]: dezelfde persoon en hetzelfde onderwerp als consents[0]']],
};

describe('describeImportError: one sentence per code', () => {
  it.each(Object.entries(SENTENCES))('%s', (_code, examples) => {
    for (const [error, sentence] of examples as Example<ImportErrorCode>[]) expect(describeImportError(error)).toBe(sentence);
  });

  it('every reason JSON.parse can be refused for has its own words', () => {
    const reasons: Record<JsonSyntaxReason, string> = {
      'ends-early': 'het bestand houdt halverwege op',
      'string-not-closed': 'het bestand houdt halverwege op (een tekst wordt niet afgesloten)',
      comment: 'commentaar is in JSON niet toegestaan',
      'single-quotes': 'tekst moet tussen dubbele aanhalingstekens staan',
      nan: '"NaN" is in JSON geen getal',
      infinity: '"Infinity" is in JSON geen getal',
      undefined: '"undefined" is in JSON geen waarde',
      'raw-control-char': 'een tekst mag geen regeleinde of tab bevatten (gebruik \\n of \\t)',
      'bad-unicode-escape': 'ongeldige \\u-code in een tekst',
      'bad-escape': 'ongeldige \\-code in een tekst',
      'after-end': 'er staat nog iets na het einde van de gegevens',
      'trailing-comma': 'een komma te veel vóór het einde van een lijst of object',
      'missing-comma-object': 'een komma of } ontbreekt',
      'missing-comma-list': 'een komma of ] ontbreekt',
      'unquoted-key': 'een veldnaam moet tussen dubbele aanhalingstekens staan',
      'missing-colon': 'een dubbele punt ontbreekt na een veldnaam',
    };
    for (const [reason, words] of Object.entries(reasons) as [JsonSyntaxReason, string][]) {
      const error: ImportError = { code: 'json-syntax', path: '', params: { line: 4, column: 2, truncated: false, reason } };
      expect(describeImportError(error)).toBe(`Dit is geen geldig JSON-bestand (regel 4, kolom 2): ${words}.`);
    }
  });

  it('quotes a value found, cut after 60 characters (emoji counted as one), or says what it is', () => {
    const at = (found: ReturnType<typeof sample>) => describeImportError({ code: 'bad-value', path: 'x', params: { found } });
    expect(at(sample('x'.repeat(1_000_000)))).toBe(`x: ongeldige waarde "${'x'.repeat(60)}…"`);
    expect(at(sample('👩'.repeat(61)))).toBe(`x: ongeldige waarde "${'👩'.repeat(60)}…"`);
    expect(at(sample('👩'.repeat(60)))).toBe(`x: ongeldige waarde "${'👩'.repeat(60)}"`);
    expect(at(sample('a"b'))).toBe('x: ongeldige waarde "a\\"b"');
    expect(at(sample(Infinity))).toBe('x: ongeldige waarde een oneindig groot getal');
    expect(at(sample(-Infinity))).toBe('x: ongeldige waarde een oneindig klein getal');
    expect(at(sample(false))).toBe('x: ongeldige waarde false');
    expect(at(sample(undefined))).toBe('x: ongeldige waarde niets');
    expect(at(sample(10n ** 80n))).toBe(`x: ongeldige waarde ${'1'}${'0'.repeat(59)}…`);
  });
});

describe('describeRelationProblem: one sentence per code', () => {
  const cases: Array<[RelationProblem, string]> = [
    [{ code: 'no-such-person', params: { id: 'zz' } }, 'Er is geen persoon met id "zz".'],
    [{ code: 'self-relation', params: {} }, 'Een relatie van iemand met zichzelf kan niet.'],
    [{ code: 'already-parent', params: { parent: 'Opa', child: 'Papa' } }, '"Opa" staat al als ouder van "Papa".'],
    [{ code: 'already-partners', params: { a: 'D', b: 'Papa' } }, '"D" en "Papa" zijn al partners.'],
    [{ code: 'already-siblings', params: { a: 'D', b: 'Sam' } }, '"D" en "Sam" staan al als broers/zussen.'],
    [{ code: 'parent-is-descendant', params: { parent: 'Sam', child: 'Opa' } }, '"Sam" is een nakomeling van "Opa" en kan dus geen ouder zijn.'],
  ];
  it.each(cases)('%o', (problem, sentence) => {
    expect(describeRelationProblem(problem)).toBe(sentence);
  });

  it('cuts a long name like every quoted value', () => {
    expect(describeRelationProblem({ code: 'already-partners', params: { a: 'C'.repeat(80), b: 'A' } })).toBe(`"${'C'.repeat(60)}…" en "A" zijn al partners.`);
  });
});
