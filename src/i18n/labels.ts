/**
 * Dutch screen labels for the domain's enum values (see shared/design/glossary.md).
 * All Dutch UI text lives under src/i18n, one file per area, so a translation is one folder.
 */
import type {
  Channel,
  ConsentDecision,
  ConsentHow,
  Decider,
  Flow,
  Gender,
  LifeDomain,
  ParentType,
  PartnerStatus,
  Perspective,
  Sector,
  StepStatus,
  SupportCategory,
  SupportType,
  TieQuality,
} from '../graph/schema';

export const genderLabels: Record<Gender, string> = {
  male: 'Man',
  female: 'Vrouw',
  nonbinary: 'Non-binair',
  unknown: 'Onbekend',
};

export const sectorLabels: Record<Sector, string> = {
  household: 'Huishouden',
  family: 'Familie',
  friends: 'Vrienden',
  neighbourhood: 'Buurt',
  'school-work': 'School/werk',
  leisure: 'Vrije tijd',
  faith: 'Geloof',
  professional: 'Professionals',
  other: 'Overig',
};

export const closenessLabels: Record<1 | 2 | 3, string> = {
  1: 'Dichtbij',
  2: 'Middel',
  3: 'Verder weg',
};

export const perspectiveLabels: Record<Perspective, string> = {
  youth: 'Jeugdige',
  parents: 'Ouders',
};

export const partnerStatusLabels: Record<PartnerStatus, string> = {
  married: 'Getrouwd',
  cohabiting: 'Samenwonend',
  relationship: 'Relatie',
  separated: 'Uit elkaar',
  divorced: 'Gescheiden',
  widowed: 'Weduwe/weduwnaar',
};

export const parentTypeLabels: Record<ParentType, string> = {
  biological: 'Biologisch',
  adoptive: 'Adoptie',
  foster: 'Pleeg',
  step: 'Stief',
};

export const relationKindLabels = {
  partner: 'Partners',
  parent: 'Ouder – kind',
  sibling: 'Broer/zus',
  tie: 'Contact',
} as const;

export const tieQualityLabels: Record<TieQuality, string> = {
  strong: 'Sterk',
  normal: 'Gewoon',
  weak: 'Zwak',
  stressful: 'Belastend',
  conflict: 'Conflict',
  cutoff: 'Verbroken',
};

export const flowLabels: Record<Flow, string> = {
  none: 'Geen richting',
  to: 'Steun naar de ander',
  from: 'Steun van de ander',
  both: 'Beide kanten op',
};

export const supportTypeLabels: Record<SupportType, string> = {
  'social-emotional': 'Sociaal-emotioneel',
  practical: 'Praktisch',
};

export const supportCategoryLabels: Record<SupportCategory, string> = {
  emotional: 'Emotioneel',
  company: 'Gezelschap',
  advice: 'Advies',
  practical: 'Praktisch',
};

/** The paper ecogram's letters: P praktisch, G gezelschap, A advies, E emotioneel. */
export const supportCategoryLetters: Record<SupportCategory, string> = {
  emotional: 'E',
  company: 'G',
  advice: 'A',
  practical: 'P',
};

export const lifeDomainLabels: Record<LifeDomain, string> = {
  safety: 'Veiligheid',
  housing: 'Wonen',
  money: 'Geld',
  relationships: 'Relaties en liefde',
  friends: 'Vrienden/kennissen',
  'work-school': 'Werken/leren',
  leisure: "Vrije tijd, hobby's, sport",
  health: 'Gezondheid en zelfverzorging',
  usefulness: 'Je nuttig voelen',
};

export const consentDecisionLabels: Record<ConsentDecision, string> = {
  'may-know': 'Mag weten',
  'may-not-know': 'Mag niet weten',
  undecided: 'Nog niet besloten',
};

export const consentHowLabels: Record<ConsentHow, string> = {
  conversation: 'Gesprek',
  meeting: 'Kleine bijeenkomst',
  online: 'Online bijeenkomst',
  written: 'Op papier',
};

export const deciderLabels: Record<Decider, string> = {
  youth: 'Jongere',
  parents: 'Ouders',
  both: 'Samen',
};

export const frequencyLabels: Record<string, string> = {
  weekly: 'Elke week',
  biweekly: 'Elke twee weken',
  monthly: 'Elke maand',
  'as-needed': 'Als het nodig is',
};

export const channelLabels: Record<Channel, string> = {
  'in-person': 'Persoonlijk',
  phone: 'Telefoon',
  whatsapp: 'WhatsApp(-groep)',
  video: 'Videobellen',
  other: 'Anders',
};

export const stepStatusLabels: Record<StepStatus, string> = {
  todo: 'Nog te doen',
  'in-progress': 'Bezig',
  done: 'Klaar',
};
