/**
 * Dutch text of the six steps ("Stappenplan Jij & je netwerk", Leeratelier 4 "Zo licht als kan").
 * Names, questions and tips are taken from the seed text (shared/seed/stappenplan-jij-en-je-netwerk.txt);
 * the tips are the handreiking's bullet points, word for word where possible, because professionals
 * recognise them. The question is what the family reads, so it stays the method's own words.
 */
import type { StepNumber } from '../graph/schema';

export interface StepContent {
  name: string;
  /** The open question to the family, shown large. */
  question: string;
  /** What the step is for, for the professional (from the seed's "In stap n ..." paragraph). */
  purpose: string;
  /** "Tips voor de professional", the seed's bullet points. */
  tips: string[];
}

/** Every step ends with this tip in the seed. */
const ownMethods = 'Ga voor bovenstaande uit van de methodieken die in jouw organisatie beschikbaar zijn.';

export const stepContent: Record<StepNumber, StepContent> = {
  '1': {
    name: 'Informeren en motiveren',
    question: 'Hoe kunnen de mensen om jullie heen helpen?',
    purpose:
      'Informeer en motiveer iedereen in het gezin over wat een netwerk kan betekenen. Laat het gezin eerst zelf ' +
      'nadenken. Aan het einde voelt het gezin zich genoeg geïnformeerd over de voordelen en nadelen van een ' +
      'netwerk om hen heen in tijden van zorg.',
    tips: [
      'Laat het gezin nadenken over hoe een netwerk in hun situatie helpend kan zijn.',
      'Ga het gesprek open in om eventuele bezorgdheid of weerstand te verminderen.',
      'Focus op het positieve: heb vertrouwen in de capaciteiten van het gezin.',
      'Maak gebruik van motiverende gespreksvoering.',
      'Noem voorbeelden van ervaringen uit jouw eigen praktijk.',
      ownMethods,
    ],
  },
  '2': {
    name: 'Behoeften achterhalen',
    question: 'Waar hebben jullie behoefte aan?',
    purpose:
      'Vraag concreet welke (ondersteunings)behoeften de jeugdige en de ouder(s) hebben, samen maar zeker ook los ' +
      'van elkaar. Pas in de volgende stap kijk je wie uit het netwerk daarbij kan helpen.',
    tips: [
      'Laat het gezin nadenken over hun eigen wensen.',
      'Bespreek dit met zowel de jeugdige als ouder(s), omdat er andere behoeften kunnen zijn.',
      'Ga na waar behoefte aan is, maar achterhaal nog niet wie uit het netwerk waarbij kan ondersteunen.',
      'Als het gezin vastloopt, geef dan geen voorbeelden maar benoem verschillende typen behoeften ' +
        '(sociaal-emotioneel, praktisch).',
      ownMethods,
    ],
  },
  '3': {
    name: 'Netwerk in kaart brengen',
    question: 'Hoe ziet jullie netwerk eruit?',
    purpose:
      'Het gaat naast ‘wie vind je belangrijk?’ ook om ‘wat kan diegene voor jou betekenen?’. Het netwerk en de ' +
      'behoeften veranderen met de tijd: doe deze stap vaker.',
    tips: [
      'Wanneer een gezin al eerder het netwerk in kaart heeft gebracht, herevalueer dan samen de bestaande gegevens.',
      'Herevalueer ook het netwerk wanneer er een verandering plaatsvindt in de gezinsstructuur/-situatie.',
      'Breng het netwerk in kaart met zowel de jeugdige als ouder(s), omdat er andere steunfiguren kunnen zijn.',
      'Herinner het gezin eraan zich niet te beperken tot de naaste familie.',
      'Maak gebruik van bestaande methoden, zoals het laagdrempelige kaart-praatspel.',
      ownMethods,
    ],
  },
  '4': {
    name: 'Eigen krachten analyse',
    question: 'Waar liggen jullie krachten?',
    purpose:
      'Een verdieping van de vorige stap: je helpt het gezin op zoek te gaan naar de eigen krachten, zodat zij ' +
      'daarop kunnen bouwen.',
    tips: [
      'Beslis samen met het gezin welke methode jullie gebruiken om op zoek te gaan naar de krachten van het gezin.',
      'Stimuleer de jeugdige en ouder(s) om op zoek te gaan naar hun eigen krachten.',
      'Heb oog voor hoe de in kaart gebrachte krachten van het gezin bijdragen aan het oplossen van de probleemvraag.',
      'Vraag naar voorbeelden uit hun leven waar de jeugdige en ouder(s) iets zelf hebben opgelost.',
      'Vraag naar waar het gezin trots op is.',
      ownMethods,
    ],
  },
  '5': {
    name: 'Psycho-educatie',
    question: 'Waarover en op welke manier kunnen we de mensen om jullie heen informeren?',
    purpose:
      'Geef het gezin de ruimte om eigen regie te hebben over wie wat wanneer vertelt. De voorlichting kan op ' +
      'verschillende manieren: een gesprek, een mini-bijeenkomst met hulpverleners, gezin en netwerk, of online.',
    tips: [
      'Geef het gezin de regie over wat het netwerk ‘moet’ weten (inhoudelijk).',
      'Denk met het gezin mee over de manier van informatie overdragen (praktisch).',
      'Zorg voor een veilige omgeving.',
      'Maak het gevoel van schaamte bespreekbaar.',
      ownMethods,
    ],
  },
  '6': {
    name: 'Contactmomenten organiseren',
    question: 'Wat spreken we af over contactmomenten?',
    purpose:
      'Spreek met het gezin en het netwerk af hoe vaak jullie contact hebben en waarover (wie zit er aan tafel, ' +
      'hoe gaat het, wat is er veranderd). Draag de zorg in stapjes over en blijf een tijd beschikbaar.',
    tips: [
      'Ga met het gezin in gesprek over de (realistische) frequentie en inhoud van de contactmomenten.',
      'Maak een (haalbaar) plan met het gezin waar jullie op kunnen terugvallen.',
      'Houd per keer bij wat er is besproken en blik bij de volgende bijeenkomst hierop terug.',
      'Ga na wat de mate van zelfstandigheid is van het gezin.',
      'Vind de balans tussen afwachten en bemiddelen.',
      'Zorg voor laagdrempelig contact onderling zoals met een WhatsApp-groep, maar vind een balans tussen ' +
        'formaliteit en informaliteit.',
      ownMethods,
    ],
  },
};

/** Screen text of the steps pane. The family reads most of it: plain Dutch (B1). */
export const t = {
  paneLabel: 'Stappen',
  navLabel: 'Stappenplan Jij & je netwerk',
  stepTab: (n: string) => `Stap ${n}`,
  questionLabel: 'Vraag aan het gezin',
  tipsButton: 'Tips voor de professional',
  purposeHeading: 'Waar gaat deze stap over?',
  statusLabel: 'Status van deze stap',
  notesLabel: 'Aantekeningen bij deze stap',
  noFocus: 'Er is nog geen jeugdige in deze casus. Maak eerst iemand de centrale persoon.',
  remove: 'Verwijderen',
  removeNamed: (what: string) => `${what} verwijderen`,
  editNamed: (what: string) => `${what} wijzigen`,
  editText: 'Tekst',
  editKind: 'Soort',
  editType: 'Sociaal-emotioneel of praktisch',
  cancel: 'Annuleren',
  add: 'Toevoegen',
  save: 'Opslaan',
  done: 'Klaar',
  autoSaved: 'Wat je verandert, wordt meteen bewaard.',
  nobody: 'Nog niemand',
  role: { focus: 'jongere', parent: 'ouder', household: 'gezin' } as Record<string, string>,
  noFamily: 'Nog niemand in het gezin. Voeg eerst de jeugdige en de ouders toe op de kaart.',

  // Step 1: the family's view on involving their network.
  view: {
    heading: 'Hoe kijkt het gezin naar hulp van de mensen om hen heen?',
    hopes: 'Wat hopen jullie?',
    worries: 'Waar maken jullie je zorgen over?',
    resistance: 'Wat houdt jullie tegen?',
    resistanceHint: 'Bijvoorbeeld: niemand tot last willen zijn.',
    pros: 'Voordelen van hulp uit je netwerk',
    cons: 'Nadelen van hulp uit je netwerk',
    saved: 'Wordt vanzelf bewaard.',
  },

  // Step 2: needs.
  needs: {
    heading: 'Behoeften per persoon',
    typesHeading: 'Soorten behoeften',
    typesIntro: 'Er zijn twee soorten behoeften. Alles mag, als het jullie helpt.',
    typeSocial: 'Sociaal-emotioneel: steun bij hoe je je voelt, gezelschap, advies.',
    typePractical: 'Praktisch: hulp bij dingen die gedaan moeten worden.',
    of: (name: string) => `Behoeften van ${name}`,
    none: 'Nog geen behoeften.',
    text: 'Behoefte',
    type: 'Soort',
    category: 'Onderwerp',
    addFor: (name: string) => `Behoefte toevoegen voor ${name}`,
    newFor: (name: string) => `Nieuwe behoefte van ${name}`,
    addAs: 'Toevoegen als',
    notLinkedYet: 'Wie hierbij kan helpen, komt in stap 3.',
  },

  // Step 3: offers, coverage, family finding, perspective.
  offers: {
    heading: 'Wat kan iemand bieden?',
    person: 'Persoon',
    text: 'Wat kan deze persoon doen?',
    type: 'Soort steun',
    category: 'Letter op de kaart',
    covers: 'Helpt bij',
    addFor: (name: string) => `Steun toevoegen voor ${name}`,
    newFor: (name: string) => `Wat kan ${name} bieden?`,
    kindFor: (name: string) => `Soort steun van ${name}`,
    linksOf: (offer: string) => `Bij welke behoefte helpt "${offer}"?`,
    /** The button shows "Koppel aan behoeften"; the offer's text between is for screen readers. */
    linkButtonStart: 'Koppel',
    linkButtonEnd: 'aan behoeften',
    coversNothing: 'Helpt nog bij geen behoefte.',
    /** Above the needs to tick while an offer is written. */
    helpsWithLegend: 'Helpt bij (vink aan wat past)',
    openNeed: 'nog niemand',
    noNeeds: 'Nog geen behoeften om aan te koppelen (stap 2).',
    namedByOf: (name: string) => `Wie noemde ${name}?`,
    listOf: (name: string) => `Steun van ${name}`,
    none: 'Nog niets ingevuld.',
    linkLabel: (offer: string, need: string) => `"${offer}" helpt bij "${need}"`,
    choosePerson: 'Kies iemand',
    orClickMap: 'Of klik op iemand op de kaart.',
    namedByHeading: 'Wie noemde deze persoon?',
    namedByYouth: 'Genoemd door de jongere',
    namedByParents: 'Genoemd door de ouders',
  },
  perspective: {
    label: 'Laat zien wie genoemd is door',
    all: 'Iedereen',
    youth: 'De jongere',
    parents: 'De ouders',
    hint: 'Wie niet genoemd is, staat lichter op de kaart.',
  },
  finding: {
    heading: 'Wie mist er nog?',
    reminder: 'Denk verder dan de naaste familie: ook buren, school, sport, geloof en vrienden tellen mee.',
    sectorPrompt: {
      family: 'Wie uit de familie?',
      friends: 'Welke vrienden?',
      neighbourhood: 'Wie uit de buurt?',
      'school-work': 'Wie van school of werk?',
      leisure: 'Wie van sport of hobby?',
      faith: 'Wie van het geloof, de kerk of de moskee?',
    } as Record<string, string>,
    schoolOrSport: 'Wie van school of sport?',
    ringPrompt: {
      2: 'Nog niemand in de middelste cirkel. Wie is best dichtbij, maar niet heel dichtbij?',
      3: 'Nog niemand in de buitenste cirkel. Wie zie je af en toe?',
    } as Record<number, string>,
    allCovered: 'In elke groep staat al iemand. Is er nog iemand vergeten?',
  },
  coverage: {
    heading: 'Wie helpt bij welke behoefte?',
    uncovered: 'Nog niemand — hier is professionele hulp nog nodig',
    coveredBy: 'Geholpen door',
    summary: (open: number, total: number) =>
      total === 0 ? 'Nog geen behoeften (stap 2).' : `${open} van ${total} behoeften nog zonder hulp uit het netwerk`,
    overloaded: (name: string, n: number) => `${name} helpt al bij ${n} dingen — vraagt dit niet te veel?`,
    loadHeading: 'Wordt iemand te zwaar belast?',
    loadOk: 'Niemand draagt heel veel.',
    helpFormFor: (need: string) => `Wie helpt bij "${need}"?`,
    whoHelps: (need: string) => `Wie helpt bij "${need}"?`,
    whoHelpsShort: 'Wie helpt?',
    whatDoes: (need: string) => `Wat doet die persoon bij "${need}"?`,
    whatDoesShort: 'Wat doet die persoon?',
    moreHelp: 'Nog iemand helpt hierbij',
  },

  // Step 4: strengths.
  strengths: {
    heading: 'Krachten per persoon',
    of: (name: string) => `Krachten van ${name}`,
    domain: 'Waarover?',
    text: 'Wat kun je goed?',
    proud: 'Waar ben je trots op?',
    solved: 'Wat heb je zelf opgelost?',
    addFor: (name: string) => `Kracht toevoegen voor ${name}`,
    addProud: (name: string) => `Trots toevoegen voor ${name}`,
    addSolved: (name: string) => `Zelf opgelost toevoegen voor ${name}`,
    none: 'Nog niets.',
    kindStrength: 'Kracht',
    kindProud: 'Trots op',
    kindSolved: 'Zelf opgelost',
    domainsHeading: 'Per onderwerp',
    who: 'Van wie?',
    question: 'Vraag',
    answer: 'Antwoord',
    inventoryOf: (name: string) => `Krachten van ${name} per levensgebied`,
    empty: '—',
  },

  // Step 5: topics and consent.
  consent: {
    topicsHeading: 'Onderwerpen',
    topicsHint: 'Bijvoorbeeld een diagnose, schulden of een verslaving. Het gezin beslist wie wat mag weten.',
    newTopic: 'Nieuw onderwerp',
    addTopic: 'Onderwerp toevoegen',
    renameTopic: (label: string) => `Naam van onderwerp ${label}`,
    removeTopic: (label: string) => `Onderwerp ${label} verwijderen`,
    noTopics: 'Nog geen onderwerpen.',
    showOnMap: 'Onderwerp op de kaart',
    noTopicOnMap: 'Geen onderwerp',
    chooseTopicHint: 'Kies een onderwerp. Dan zie je per persoon of die het mag weten.',
    viewAsHint: 'Zie wat één persoon uit het netwerk mag weten.',
    perPersonHeading: (label: string) => `Wie mag weten over: ${label}`,
    /** Above the list; the map marks only the decisions, so the undecided are counted here. */
    summary: (may: number, mayNot: number, open: number) =>
      `${may} ${may === 1 ? 'mag' : 'mogen'} het weten, ${mayNot} niet. Nog niet besproken: ${open} ${open === 1 ? 'persoon' : 'personen'} (niet op de kaart).`,
    decision: (name: string) => `${name}: mag weten?`,
    decidedBy: (name: string) => `${name}: wie koos?`,
    how: (name: string) => `${name}: hoe vertellen?`,
    howNone: 'Nog niet afgesproken',
    columns: ['Persoon', 'Mag weten?', 'Wie koos?', 'Hoe vertellen?'] as const,
    decidedByNone: 'Nog niet gekozen',
    viewAsLabel: 'Bekijk als ...',
    viewAsNone: 'Niemand (alles tonen)',
    viewAsHeading: (name: string) => `Wat mag ${name} weten?`,
    previewBanner: (name: string) => `Voorbeeld: zo ziet ${name} het`,
    previewNote: 'Er wordt niets gedeeld. Dit is alleen om te kijken.',
    previewStop: 'Stop voorbeeld',
    viewAsMayKnow: (name: string) => `${name} mag dit weten:`,
    viewAsMayNotKnow: (name: string) => `${name} mag dit niet weten:`,
    viewAsUndecided: (name: string) => `Hier is nog niets over besloten. Tot dan hoort ${name} het niet:`,
    viewAsNothing: (name: string) => `Er is nog geen onderwerp dat ${name} mag weten.`,
    viewAsNoTopics: 'Er zijn nog geen onderwerpen. Voeg ze hierboven toe.',
    viewAsAgreements: (name: string, n: number) =>
      n === 0
        ? `Er zijn geen afspraken met ${name}.`
        : n === 1
          ? `${name} ziet 1 afspraak: die waar ${name} zelf bij is.`
          : `${name} ziet ${n} afspraken: die waar ${name} zelf bij is.`,
    viewAsHiddenTies: (name: string, n: number) =>
      `${name} ziet niet hoe het tussen anderen gaat als het moeilijk is: ${n === 1 ? '1 lijn is' : `${n} lijnen zijn`} van de kaart gehaald.`,
    viewAsHiddenNotes: (name: string) =>
      `${name} ziet geen aantekeningen van de hulpverlener en geen telefoonnummers of adressen van anderen.`,
    viewAsMapHint: (name: string) =>
      `Op de kaart staat alleen het teken van ${name}. Het staat er alleen bij wat ${name} mag weten. Wat anderen mogen weten, is verborgen.`,
  },

  // Step 6: agreements and meetings.
  agreements: {
    heading: 'Afspraken',
    with: 'Met wie?',
    frequency: 'Hoe vaak?',
    frequencyOther: 'Anders, namelijk',
    channel: 'Hoe houden jullie contact?',
    content: 'Waarover?',
    fallback: 'Terugvalplan: wat doen we als het niet lukt?',
    add: 'Afspraak toevoegen',
    newHeading: 'Nieuwe afspraak',
    none: 'Nog geen afspraken.',
    tag: (i: number) => `A${i}`,
    needWith: 'Kies minstens één persoon.',
    needContent: 'Schrijf op waarover de afspraak gaat.',
    remove: (tag: string) => `Afspraak ${tag} verwijderen`,
    edit: (tag: string) => `Afspraak ${tag} wijzigen`,
    keepOne: 'Er moet minstens één persoon bij de afspraak blijven.',
    withShort: 'Met',
    fallbackShort: 'Terugvalplan',
  },
  meetings: {
    heading: 'Contactmomenten',
    date: 'Datum',
    present: 'Wie waren er?',
    notes: 'Wat is er besproken?',
    lookBack: 'Hoe gingen de afspraken van vorige keer?',
    previous: 'Terugblik op vorige keer',
    noPrevious: 'Dit is het eerste contactmoment.',
    add: 'Contactmoment toevoegen',
    newHeading: 'Nieuw contactmoment',
    none: 'Nog geen contactmomenten.',
    needDate: 'Vul een datum in.',
    remove: (date: string) => `Contactmoment van ${date} verwijderen`,
    edit: (date: string) => `Contactmoment van ${date} wijzigen`,
    presentShort: 'Erbij',
    log: 'Eerdere contactmomenten',
  },
} as const;

/** Short texts on the map's nodes (screen-reader description and tooltip). */
export const overlayText = {
  agreementTag: (i: number) => `A${i}`,
  support: (kinds: string[]) => `biedt ${kinds.join(', ')}`,
  needs: (kinds: string[]) => `heeft behoefte aan: ${kinds.join(', ')}`,
  /** The tag on the map: short, for the family. */
  openNeeds: (n: number) => `nog niemand: ${n}`,
  openNeedsSaid: (n: number) => (n === 1 ? '1 behoefte waar nog niemand bij helpt' : `${n} behoeften waar nog niemand bij helpt`),
  overloaded: (n: number) => `draagt veel (${n} keer steun)`,
  agreements: (tags: string[]) => `afspraken ${tags.join(', ')}`,
  notNamed: 'niet genoemd door de gekozen kant',
  hiddenInViewAs: 'verborgen in deze weergave',
} as const;
