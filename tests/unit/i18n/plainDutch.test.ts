/**
 * Plain Dutch (B1) in what the family reads (issue 10): the "Samen kijken" texts, the map's
 * labels and legend, the marks' words, and the step texts that sit next to the family's
 * question. Every sentence at most MAX_WORDS words, no word from the jargon list, one form of
 * address ("jullie"/"je", never "het gezin" in the same text). The seed's own questions and
 * the professional's tips are not checked: they are the method's words, for the professional.
 */
import { describe, expect, it } from 'vitest';
import { familyContent, familyText } from '../../../src/i18n/family';
import { legendText } from '../../../src/i18n/legend';
import {
  closenessLabels,
  consentDecisionLabels,
  deciderLabels,
  flowLabels,
  sectorLabels,
  supportCategoryLabels,
  tieQualityLabels,
} from '../../../src/i18n/labels';
import { overlayText, t } from '../../../src/i18n/steps';

const MAX_WORDS = 15;
/** Words a family does not use, seen on screen before (issue 10) or common in care jargon. */
const JARGON = [
  'jeugdige',
  'levensgebied',
  'psycho-educatie',
  'perspectief',
  'regie',
  'casus',
  'prof',
  'methodiek',
  'interventie',
  'hulpvraag',
  'weerstand',
  'motiverende',
  'gespreksvoering',
  'ondersteuningsbehoefte',
  'cliënt',
  'netwerkanalyse',
  'informeren',
];

/** Every string in a nested text object; functions are called with sample arguments. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    // A name and a count, or a list of words (the marks' descriptions), whichever it takes.
    const samples: unknown[][] = [['Oma Ans', 2, 3], [2, 2, 3], [['emotioneel', 'praktisch']]];
    for (const args of samples) {
      try {
        const out = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof out === 'string' && !out.includes('undefined')) return strings(out, `${path}()`);
      } catch {
        // try the next kind of argument
      }
    }
    throw new Error(`${path}: no sample arguments fit`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const FAMILY_FACING: Record<string, unknown> = {
  familyContent,
  familyText,
  legendText,
  overlayText,
  sectorLabels,
  closenessLabels,
  tieQualityLabels,
  flowLabels,
  consentDecisionLabels,
  deciderLabels,
  supportCategoryLabels,
  // Beside the family's question in the steps pane.
  needTypes: [t.needs.typesIntro, t.needs.typeSocial, t.needs.typePractical],
  perspective: t.perspective,
  coverage: [t.coverage.uncovered, t.coverage.summary(1, 3), t.coverage.overloaded('Oma Ans', 3)],
  finding: t.finding,
  role: t.role,
  strengths: [t.strengths.domain, t.strengths.domainsHeading, t.strengths.text, t.strengths.proud, t.strengths.solved],
  consent: [t.consent.columns, t.consent.howNone, t.consent.decidedByNone, t.consent.summary(1, 1, 3)],
  viewAs: [
    t.consent.viewAsMayKnow('Oma Ans'),
    t.consent.viewAsMayNotKnow('Oma Ans'),
    t.consent.viewAsUndecided('Oma Ans'),
    t.consent.viewAsNothing('Oma Ans'),
    t.consent.viewAsAgreements('Oma Ans', 2),
    t.consent.viewAsHiddenTies('Oma Ans', 3),
    t.consent.viewAsHiddenNotes('Oma Ans'),
    t.consent.viewAsMapHint('Oma Ans'),
  ],
};

const all = strings(FAMILY_FACING);

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\s+[—–]\s+|:\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

describe('plain Dutch for the family', () => {
  it('checks a real set of texts', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it(`has no sentence longer than ${MAX_WORDS} words`, () => {
    const long = all.flatMap(([path, text]) =>
      sentences(text)
        .filter((s) => s.split(/\s+/).length > MAX_WORDS)
        .map((s) => `${path}: "${s}" (${s.split(/\s+/).length} woorden)`),
    );
    expect(long).toEqual([]);
  });

  it('uses none of the listed jargon words', () => {
    const found = all.flatMap(([path, text]) => {
      const words = text.toLowerCase().split(/[^\p{L}-]+/u);
      return JARGON.filter((j) => words.includes(j)).map((j) => `${path}: "${j}" in "${text}"`);
    });
    expect(found).toEqual([]);
  });

  it('speaks to the family as "jullie" or "je", never about "het gezin" in the family view', () => {
    for (const [path, text] of strings({ familyContent, familyText })) expect(text, path).not.toMatch(/\bhet gezin\b/i);
  });

  it('catches what it is meant to catch', () => {
    expect(sentences('Mensen die niet door deze kant genoemd zijn, worden lichter op de kaart vanuit dit perspectief vandaag.')[0]!.split(/\s+/).length).toBeGreaterThan(MAX_WORDS);
    expect('De jeugdige en de ouders'.toLowerCase().split(/[^\p{L}-]+/u)).toContain('jeugdige');
  });
});
