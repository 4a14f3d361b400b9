/**
 * Dutch texts of the map legend (src/draw/legend.ts). Keyed by the schema's own values, so a new
 * status, child type or tie quality cannot be added without its legend text.
 */
import type { ConsentDecision, ParentType, PartnerStatus, SupportCategory, TieQuality } from '../graph/schema';

export const legendText = {
  title: 'Legenda',
  sections: {
    people: 'Personen',
    couples: 'Partners',
    children: 'Kinderen',
    ties: 'Soort contact',
    flow: 'Richting van de steun',
    support: 'Wat iemand biedt',
    needs: 'Waar iemand behoefte aan heeft (stap 2)',
    openNeeds: 'Nog zonder hulp (stap 3)',
    consent: 'Mag het weten (stap 5)',
    agreements: 'Afspraken (stap 6)',
  },
  people: {
    male: 'Man',
    female: 'Vrouw',
    other: 'Non-binair of onbekend',
    focus: 'Om wie het gaat (dubbele rand)',
    deceased: 'Overleden',
    professional: 'Hulpverlener (gearceerd)',
  },
  couples: {
    married: 'Getrouwd',
    cohabiting: 'Samenwonend (streepjes)',
    relationship: 'Relatie (puntjes)',
    separated: 'Uit elkaar (één streep)',
    divorced: 'Gescheiden (twee strepen)',
    widowed: 'Weduwe/weduwnaar (kruisje)',
  } satisfies Record<PartnerStatus, string>,
  /** Two parents whose partner relation is not entered (notation.md). */
  noRelation: 'Ouders, geen relatie ingevuld',
  children: {
    biological: 'Biologisch kind',
    adoptive: 'Adoptiekind (streepjes)',
    foster: 'Pleegkind (puntjes)',
    step: 'Stiefouder en kind (dunne puntjes)',
  } satisfies Record<ParentType, string>,
  ties: {
    strong: 'Sterk (dikke lijn)',
    normal: 'Gewoon',
    weak: 'Zwak (streepjes)',
    stressful: 'Belastend (gearceerd)',
    conflict: 'Conflict (zigzag)',
    cutoff: 'Verbroken (onderbroken)',
  } satisfies Record<TieQuality, string>,
  flow: {
    one: 'Steun gaat naar de punt',
    both: 'Steun gaat beide kanten op',
  },
  support: {
    practical: 'Praktisch',
    company: 'Gezelschap',
    advice: 'Advies',
    emotional: 'Emotioneel',
  } satisfies Record<SupportCategory, string>,
  overloaded: 'Draagt veel (overbelast?)',
  need: 'Behoefte (de letter zegt welke soort)',
  openNeeds: 'Behoeften waar nog niemand bij helpt',
  consent: {
    'may-know': 'Mag het weten',
    'may-not-know': 'Mag het niet weten',
    undecided: 'Nog niet besloten',
  } satisfies Record<ConsentDecision, string>,
  agreement: 'Doet mee aan afspraak 1',
} as const;
