/**
 * Why a file or a stored case is refused, in Dutch: one sentence per error code of the domain
 * (src/graph/importError.ts). Always the place first when there is one
 * (`relations[3].to: geen persoon met id "p9"`), values found quoted and cut after 60 characters.
 */
import type { ImportError, JsonSyntaxParams } from '../graph/importError';
import type { JsonSyntaxReason } from '../graph/jsonError';
import type { RefKind } from '../graph/problems';
import type { Range } from '../graph/schemaIssues';
import { quoteFound, quoteText } from './found';

export function describeImportError(e: ImportError): string {
  const reason = reasonOf(e);
  return e.path ? `${e.path}: ${reason}` : reason;
}

/** What zod calls a type, as "verwacht ..." says it. */
const TYPE_NOUN = new Map<string, string>([
  ['string', 'tekst'],
  ['number', 'een getal'],
  ['int', 'een geheel getal'],
  ['boolean', 'true of false'],
  ['array', 'een lijst'],
  ['object', 'een object'],
  ['record', 'een object'],
  ['literal', 'een vaste waarde'],
]);

/** Which records a list holds, for "de grens van 5000 personen is bereikt". */
const LIST_NOUN = new Map<string, string>([
  ['people', 'personen'],
  ['relations', 'relaties'],
  ['needs', 'behoeften'],
  ['offers', 'aanbiedingen'],
  ['strengths', 'krachten'],
  ['topics', 'onderwerpen'],
  ['consents', 'toestemmingen'],
  ['agreements', 'afspraken'],
  ['meetings', 'bijeenkomsten'],
  ['snapshots', 'momentopnamen'],
  ['namedBy', 'perspectieven'],
]);

const KIND_NOUN: Record<RefKind, string> = { person: 'persoon', need: 'behoefte', topic: 'onderwerp' };

const JSON_REASON: Record<JsonSyntaxReason, string> = {
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

/** "Dit is geen geldig JSON-bestand (regel 3, kolom 7): commentaar is in JSON niet toegestaan." */
function notJson(place: JsonSyntaxParams): string {
  if (!('line' in place)) return 'Dit is geen geldig JSON-bestand.';
  const where = place.truncated
    ? `het bestand houdt halverwege op, regel ${place.line}, kolom ${place.column}`
    : `regel ${place.line}, kolom ${place.column}`;
  const reason = place.reason && !place.truncated ? `: ${JSON_REASON[place.reason]}` : '';
  return `Dit is geen geldig JSON-bestand (${where})${reason}.`;
}

/** "toegestaan: 1800 tot en met 2200" where the range is known; else the bound zod reported. */
function range({ min, max }: Range): string {
  if (min !== undefined && max !== undefined) return `toegestaan: ${min} tot en met ${max}`;
  if (min !== undefined) return `minstens ${min}`;
  if (max !== undefined) return `hoogstens ${max}`;
  return 'toegestaan: een eindig getal';
}

const allowed = (values: readonly (string | number)[]): string =>
  values.map((v) => (typeof v === 'string' ? v : quoteFound({ type: 'number', value: v }))).join(', ');

/** The sentence without the place. */
function reasonOf(e: ImportError): string {
  switch (e.code) {
    // The file as a whole.
    case 'too-large':
      return `Het bestand is te groot (meer dan ${e.params.maxBytes / (1024 * 1024)} MB).`;
    case 'too-deep':
      return `Het bestand is te diep genest (meer dan ${e.params.maxDepth} niveaus).`;
    case 'empty':
      return 'Het bestand is leeg.';
    case 'json-syntax':
      return notJson(e.params);
    case 'not-utf8': {
      const hint = e.params.latin1
        ? 'Het lijkt opgeslagen als Latin-1 of Windows-1252; sla het op als UTF-8 en importeer het opnieuw.'
        : 'Sla het op als UTF-8 en importeer het opnieuw.';
      return `Het bestand is geen UTF-8-tekst (byte ${e.params.byte} is ongeldig). ${hint}`;
    }
    case 'other-format':
      return `Dit is geen Netwerkkaart-bestand: het veld "format" is niet "${e.params.format}".`;
    case 'invalid':
      return 'Het bestand klopt niet.';
    // The version.
    case 'bad-version':
      return `moet een geheel getal zijn, maar is ${quoteFound(e.params.found)}`;
    case 'too-new':
      return `dit bestand heeft versie ${e.params.version}, maar deze app kent alleen versie ${e.params.current} en ouder. Werk de app bij om het te openen.`;
    case 'migration':
      return `versie ${e.params.version} kan niet worden bijgewerkt: er is geen omzetting van versie ${e.params.stuckAt} naar een nieuwere versie`;
    // The shape.
    case 'missing':
      return 'ontbreekt';
    case 'bad-enum':
      return `onbekende waarde ${quoteFound(e.params.found)} (toegestaan: ${allowed(e.params.allowed)})`;
    case 'bad-kind':
      return `onbekende soort ${quoteFound(e.params.found)} (toegestaan: ${allowed(e.params.allowed)})`;
    case 'bad-value':
      return `ongeldige waarde ${quoteFound(e.params.found)}`;
    case 'too-many': {
      const noun = (e.params.list !== null && LIST_NOUN.get(e.params.list)) || 'items';
      const count = e.params.count !== null ? ` (dit bestand heeft er ${e.params.count})` : '';
      return `de grens van ${e.params.max} ${noun} is bereikt${count}`;
    }
    case 'too-few':
      return `te weinig items (minstens ${e.params.min})`;
    case 'names-nobody':
      return 'noemt niemand';
    case 'too-long':
      return `te lang (meer dan ${e.params.max} tekens)`;
    case 'too-short':
      return `te kort (minstens ${e.params.min} tekens)`;
    case 'empty-text':
      return 'mag niet leeg zijn';
    case 'too-big':
      return `${quoteFound(e.params.found)} is te groot (${range(e.params.range)})`;
    case 'too-small':
      return `${quoteFound(e.params.found)} is te klein (${range(e.params.range)})`;
    case 'not-finite':
      return `het getal is te groot (${range(e.params.range)})`;
    case 'wrong-type':
      return `verwacht ${TYPE_NOUN.get(e.params.expected) ?? 'een andere soort waarde'}, maar vond ${quoteFound(e.params.found)}`;
    case 'not-a-year':
      return `verwacht een jaartal (een geheel getal van ${e.params.min} tot en met ${e.params.max}), maar vond ${quoteFound(e.params.found)}`;
    case 'empty-key':
      return 'een lege sleutel is niet toegestaan';
    case 'key-too-long':
      return `de sleutel ${quoteText(e.params.key)} is te lang (hoogstens ${e.params.max} tekens)`;
    case 'bad-key':
      return `ongeldige sleutel ${quoteText(e.params.key)}`;
    case 'unknown-fields':
      return `onbekende velden: ${e.params.keys.map(quoteText).join(', ')}`;
    case 'bad-format':
      return `${quoteFound(e.params.found)} heeft niet de juiste vorm`;
    case 'not-multiple':
      return `${quoteFound(e.params.found)} moet een veelvoud van ${e.params.divisor} zijn`;
    case 'bad-element':
      return `ongeldig element ${quoteFound(e.params.found)}`;
    case 'not-iso-date':
      return 'is geen ISO 8601-datum (zoals 2026-11-28 of 2026-11-28T14:00:00Z)';
    case 'no-such-date':
      return 'is een datum die niet bestaat';
    // The references and rules between records.
    case 'duplicate-id':
      return `id ${quoteText(e.params.id)} wordt al gebruikt bij ${e.params.earlier}`;
    case 'dangling-ref':
      return `geen ${KIND_NOUN[e.params.kind]} met id ${quoteText(e.params.id)}`;
    case 'self-relation':
      return `relatie van ${quoteText(e.params.person)} met zichzelf`;
    case 'parent-cycle':
      return `${quoteText(e.params.person)} wordt zo een voorouder van zichzelf (kring van ouderrelaties)`;
    case 'duplicate-relation':
      return `dezelfde relatie als relations[${e.params.earlier}]`;
    case 'duplicate-consent':
      return `dezelfde persoon en hetzelfde onderwerp als consents[${e.params.earlier}]`;
    default:
      return unknownCode(e);
  }
}

/** Every code has its sentence: a new code without one does not compile. */
function unknownCode(e: never): string {
  return `ongeldige waarde (${String((e as { code?: unknown }).code)})`;
}
