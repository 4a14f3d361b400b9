/**
 * What the family reads in "Samen kijken": the steps' questions said plainly (B1: short
 * sentences, "jullie", no method names), and one line on what the map shows at that step.
 * The method's own questions stay in the professional's view (steps.ts). Checked by
 * tests/unit/i18n/plainDutch.test.ts for sentence length and jargon.
 */
import type { StepNumber } from '../graph/schema';

export interface FamilyContent {
  question: string;
  /** What to look at on the map now; empty where the map shows nothing special. */
  onTheMap: string;
}

export const familyContent: Record<StepNumber, FamilyContent> = {
  '1': {
    question: 'Wie om jullie heen kan helpen? En hoe?',
    onTheMap: 'Op de kaart staan de mensen om jullie heen.',
  },
  '2': {
    question: 'Waar hebben jullie hulp bij nodig?',
    onTheMap: 'De letters naast een naam zijn wat die persoon nodig heeft.',
  },
  '3': {
    question: 'Wie is belangrijk voor jullie? Wat kan die persoon doen?',
    onTheMap: 'Bij "nog niemand" helpt nog niemand. Daar zoeken we samen iemand voor.',
  },
  '4': {
    question: 'Waar zijn jullie goed in?',
    onTheMap: 'Denk aan wat jullie al zelf hebben opgelost.',
  },
  '5': {
    question: 'Wie mag wat weten? En hoe vertellen we het?',
    onTheMap: 'Een vinkje: die persoon mag het weten. Een kruisje: die persoon niet.',
  },
  '6': {
    question: 'Wat spreken we af? Wie doet wat, en wanneer?',
    onTheMap: 'A1 en A2 zijn de afspraken. Je ziet wie meedoet.',
  },
};

export const familyText = {
  /** The toolbar button that turns the screen to the family (aria-pressed says whether it is on). */
  toggle: 'Samen kijken',
  toggleHint: 'De kaart groot met de vraag, verder niets. Escape gaat terug.',
  back: 'Terug',
  regionLabel: 'Vraag voor jullie',
  questionOf: (n: number, total: number) => `Vraag ${n} van ${total}`,
  previous: 'Vorige vraag',
  next: 'Volgende vraag',
} as const;
