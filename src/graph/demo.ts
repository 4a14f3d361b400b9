/**
 * The demo case that opens on first start: a recognisable blended family with every layer of
 * the six steps filled in, so a professional sees at once what the app can show. Plain Dutch,
 * fictional people, fixed ids (tests and screenshots rely on them); only dates follow `now`.
 */
import { createCase } from './create';
import type { CaseDocument, Person, Relation } from './schema';

const person = (
  id: string,
  name: string,
  gender: Person['gender'],
  birthYear: number,
  sector: Person['sector'],
  closeness: Person['closeness'],
  extra: Partial<Person> = {},
): Person => ({ id, name, gender, birthYear, sector, closeness, ...extra });

const PEOPLE: Person[] = [
  person('p-sam', 'Sam', 'male', 2012, 'household', 1, { focus: true, namedBy: ['youth', 'parents'] }),
  person('p-linda', 'Linda Bakker', 'female', 1982, 'household', 1, { namedBy: ['youth', 'parents'], notes: 'Moeder, werkt in de thuiszorg.' }),
  person('p-mark', 'Mark de Vries', 'male', 1980, 'family', 2, { namedBy: ['youth', 'parents'], notes: 'Vader; Sam is om het weekend bij hem.' }),
  person('p-esther', 'Esther de Vries', 'female', 1986, 'family', 2, { namedBy: ['youth'] }),
  person('p-noor', 'Noor de Vries', 'female', 2020, 'family', 2, { namedBy: ['youth'], notes: 'Halfzusje van Sam.' }),
  person('p-jan', 'Opa Jan de Vries', 'male', 1950, 'family', 3, { deceased: true, deathYear: 2021 }),
  person('p-riet', 'Oma Riet de Vries', 'female', 1953, 'family', 2, { namedBy: ['youth'] }),
  person('p-ans', 'Oma Ans Bakker', 'female', 1956, 'family', 1, { namedBy: ['youth', 'parents'], contact: '06-12345678' }),
  person('p-karin', 'Tante Karin', 'female', 1985, 'family', 2, { namedBy: ['parents'] }),
  person('p-daan', 'Daan', 'male', 2012, 'friends', 1, { namedBy: ['youth'] }),
  person('p-lotte', 'Lotte', 'female', 2013, 'friends', 2, { namedBy: ['youth'] }),
  person('p-henk', 'Buurman Henk', 'male', 1961, 'neighbourhood', 2, { namedBy: ['parents'] }),
  person('p-kees', 'Kees (trainer voetbal)', 'male', 1976, 'leisure', 2, { namedBy: ['youth'] }),
  person('p-meijer', 'Mevrouw Meijer (mentor)', 'female', 1979, 'school-work', 3, { namedBy: ['youth', 'parents'] }),
  person('p-yilmaz', 'Dokter Yılmaz (huisarts)', 'female', 1971, 'professional', 3, { namedBy: ['parents'] }),
  person('p-fatima', 'Fatima (jeugdhulp)', 'female', 1989, 'professional', 2, { namedBy: ['parents'] }),
];

const partner = (id: string, from: string, to: string, status: 'married' | 'divorced' | 'widowed'): Relation =>
  ({ id, kind: 'partner', from, to, status });
const parent = (id: string, from: string, to: string): Relation => ({ id, kind: 'parent', from, to, type: 'biological' });
const tie = (id: string, from: string, to: string, quality: 'strong' | 'normal' | 'weak' | 'stressful' | 'conflict' | 'cutoff', flow: 'none' | 'to' | 'from' | 'both'): Relation =>
  ({ id, kind: 'tie', from, to, quality, flow });

const RELATIONS: Relation[] = [
  partner('r-mark-linda', 'p-mark', 'p-linda', 'divorced'),
  partner('r-mark-esther', 'p-mark', 'p-esther', 'married'),
  partner('r-jan-riet', 'p-jan', 'p-riet', 'widowed'),
  parent('r-mark-sam', 'p-mark', 'p-sam'),
  parent('r-linda-sam', 'p-linda', 'p-sam'),
  parent('r-mark-noor', 'p-mark', 'p-noor'),
  parent('r-esther-noor', 'p-esther', 'p-noor'),
  parent('r-jan-mark', 'p-jan', 'p-mark'),
  parent('r-riet-mark', 'p-riet', 'p-mark'),
  parent('r-ans-linda', 'p-ans', 'p-linda'),
  parent('r-ans-karin', 'p-ans', 'p-karin'),
  tie('r-t-linda', 'p-linda', 'p-sam', 'strong', 'both'),
  tie('r-t-mark', 'p-mark', 'p-sam', 'stressful', 'both'),
  tie('r-t-esther', 'p-esther', 'p-sam', 'weak', 'none'),
  tie('r-t-noor', 'p-sam', 'p-noor', 'strong', 'to'),
  tie('r-t-ans', 'p-ans', 'p-sam', 'strong', 'to'),
  tie('r-t-riet', 'p-riet', 'p-sam', 'normal', 'to'),
  tie('r-t-karin', 'p-karin', 'p-linda', 'strong', 'both'),
  tie('r-t-daan', 'p-sam', 'p-daan', 'strong', 'both'),
  tie('r-t-lotte', 'p-sam', 'p-lotte', 'normal', 'both'),
  tie('r-t-henk', 'p-henk', 'p-linda', 'normal', 'to'),
  tie('r-t-kees', 'p-kees', 'p-sam', 'strong', 'to'),
  tie('r-t-meijer', 'p-meijer', 'p-sam', 'normal', 'to'),
  tie('r-t-fatima', 'p-fatima', 'p-linda', 'normal', 'to'),
  tie('r-t-yilmaz', 'p-yilmaz', 'p-sam', 'weak', 'none'),
  tie('r-t-exes', 'p-linda', 'p-mark', 'conflict', 'none'),
  tie('r-t-ans-mark', 'p-ans', 'p-mark', 'cutoff', 'none'),
];

export function createDemoCase(now: Date): CaseDocument {
  const base = createCase({ id: 'c-demo', title: 'Voorbeeld: familie De Vries', now });
  const day = 24 * 60 * 60 * 1000;
  const daysAgo = (n: number): string => new Date(now.getTime() - n * day).toISOString().slice(0, 10);
  return {
    ...base,
    case: { ...base.case, professional: 'Fatima El Amrani', organisation: 'Jeugdteam Voorbeeldstad' },
    people: PEOPLE,
    relations: RELATIONS,
    needs: [
      { id: 'n-sam-talk', of: 'p-sam', type: 'social-emotional', category: 'emotional', text: 'Iemand om mee te praten als het thuis of bij papa moeilijk is' },
      { id: 'n-sam-homework', of: 'p-sam', type: 'practical', category: 'practical', text: 'Hulp bij het plannen van huiswerk' },
      { id: 'n-sam-weekend', of: 'p-sam', type: 'social-emotional', category: 'company', text: 'Samen iets leuks doen in het weekend als mama werkt' },
      { id: 'n-linda-rest', of: 'p-linda', type: 'practical', category: 'practical', text: 'Af en toe een avond voor zichzelf' },
      { id: 'n-linda-transport', of: 'p-linda', type: 'practical', category: 'practical', text: 'Vervoer van Sam naar voetbal op zaterdag' },
      { id: 'n-linda-advice', of: 'p-linda', type: 'social-emotional', category: 'advice', text: 'Advies over hoe ze met Mark afspraken maakt zonder ruzie' },
    ],
    offers: [
      { id: 'o-ans-talk', by: 'p-ans', type: 'social-emotional', category: 'emotional', text: 'Sam kan altijd bij oma langskomen om te praten', needIds: ['n-sam-talk'] },
      { id: 'o-ans-stay', by: 'p-ans', type: 'practical', category: 'practical', text: 'Sam logeert één weekend per maand bij oma', needIds: ['n-linda-rest', 'n-sam-weekend'] },
      { id: 'o-ans-cook', by: 'p-ans', type: 'practical', category: 'practical', text: 'Kookt op dinsdag voor Linda en Sam' },
      { id: 'o-ans-sick', by: 'p-ans', type: 'practical', category: 'practical', text: 'Haalt Sam op van school als hij ziek is' },
      { id: 'o-kees-talk', by: 'p-kees', type: 'social-emotional', category: 'advice', text: 'Praat na de training even met Sam', needIds: ['n-sam-talk'] },
      { id: 'o-karin-homework', by: 'p-karin', type: 'practical', category: 'practical', text: 'Helpt op woensdag met huiswerk plannen', needIds: ['n-sam-homework'] },
      { id: 'o-daan-games', by: 'p-daan', type: 'social-emotional', category: 'company', text: 'Samen gamen en voetballen', needIds: ['n-sam-weekend'] },
      { id: 'o-henk-drive', by: 'p-henk', type: 'practical', category: 'practical', text: 'Rijdt Sam op zaterdag naar voetbal', needIds: ['n-linda-transport'] },
      { id: 'o-meijer-plan', by: 'p-meijer', type: 'social-emotional', category: 'advice', text: 'Kijkt elke maand met Sam naar zijn planning' },
    ],
    strengths: [
      { id: 's-sam-football', of: 'p-sam', domain: 'leisure', text: 'Goed in voetbal, helpt bij de training van de jongste jeugd' },
      { id: 's-sam-friends', of: 'p-sam', domain: 'friends', text: 'Heeft twee goede vrienden: Daan en Lotte' },
      { id: 's-sam-noor', of: 'p-sam', domain: 'usefulness', text: 'Past graag op zijn zusje Noor' },
      { id: 's-linda-work', of: 'p-linda', domain: 'work-school', text: 'Heeft een vaste baan in de thuiszorg' },
      { id: 's-linda-home', of: 'p-linda', domain: 'housing', text: 'Fijn huis, Sam heeft een eigen kamer' },
      { id: 's-linda-karin', of: 'p-linda', domain: 'relationships', text: 'Kan alles bespreken met haar zus Karin' },
    ],
    topics: [
      { id: 't-adhd', label: 'Sam heeft ADHD' },
      { id: 't-money', label: 'Geldzorgen van Linda' },
    ],
    consents: [
      { personId: 'p-ans', topicId: 't-adhd', decision: 'may-know', how: 'conversation', decidedBy: 'both' },
      { personId: 'p-kees', topicId: 't-adhd', decision: 'may-know', how: 'conversation', decidedBy: 'youth' },
      { personId: 'p-meijer', topicId: 't-adhd', decision: 'may-know', how: 'meeting', decidedBy: 'parents' },
      { personId: 'p-daan', topicId: 't-adhd', decision: 'may-not-know', decidedBy: 'youth' },
      { personId: 'p-henk', topicId: 't-adhd', decision: 'undecided' },
      { personId: 'p-karin', topicId: 't-money', decision: 'may-know', how: 'conversation', decidedBy: 'parents' },
      { personId: 'p-ans', topicId: 't-money', decision: 'may-not-know', decidedBy: 'parents' },
    ],
    agreements: [
      {
        id: 'a-app',
        with: ['p-linda', 'p-ans', 'p-karin', 'p-henk'],
        frequency: 'weekly',
        channel: 'whatsapp',
        content: "Appgroep 'Team Sam': wie haalt en brengt deze week",
        fallback: 'Lukt het een week niet, dan belt Linda met Fatima',
      },
      { id: 'a-oma', with: ['p-sam', 'p-ans'], frequency: 'elke eerste zondag van de maand', channel: 'in-person', content: 'Sam logeert bij oma Ans' },
    ],
    meetings: [
      {
        id: 'm-first',
        date: daysAgo(14),
        present: ['p-sam', 'p-linda', 'p-ans', 'p-karin', 'p-fatima'],
        notes: 'Eerste netwerkberaad. Afgesproken: appgroep en logeren bij oma.',
      },
    ],
    steps: {
      '1': { status: 'done', notes: 'Linda wil niemand tot last zijn; Sam wil vooral dat Daan niets over ADHD hoort.' },
      '2': { status: 'done' },
      '3': { status: 'in-progress', notes: 'Papa (Mark) nog apart spreken over wat hij kan bieden.' },
    },
  };
}
