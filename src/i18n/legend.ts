/** Dutch texts of the map legend (src/draw/legend.ts). */
export const legendText = {
  title: 'Legenda',
  sections: {
    people: 'Personen',
    couples: 'Partners',
    children: 'Kinderen',
    emotional: 'Emotionele band',
    ties: 'Soort contact',
    flow: 'Richting van de steun',
    support: 'Wat iemand biedt',
    consent: 'Mag het weten (stap 5)',
  },
  people: {
    male: 'Man',
    female: 'Vrouw',
    other: 'Non-binair of onbekend',
    focus: 'Jeugdige (hoofdpersoon)',
    deceased: 'Overleden',
    professional: 'Professional (gearceerd)',
  },
  couples: {
    married: 'Getrouwd',
    cohabiting: 'Samenwonend',
    relationship: 'Relatie',
    separated: 'Uit elkaar (één streep)',
    divorced: 'Gescheiden (twee strepen)',
  },
  children: {
    biological: 'Biologisch kind',
    adoptive: 'Adoptiekind (streepjes)',
    foster: 'Pleegkind (puntjes)',
  },
  emotional: {
    close: 'Hecht (dubbele lijn)',
    distant: 'Afstandelijk (puntjes)',
    conflict: 'Conflict (zigzag)',
    cutoff: 'Verbroken (onderbroken)',
  },
  ties: {
    strong: 'Sterk (dikke lijn)',
    normal: 'Gewoon',
    weak: 'Zwak (streepjes)',
    stressful: 'Belastend (gearceerd)',
    conflict: 'Conflict (zigzag)',
    cutoff: 'Verbroken (onderbroken)',
  },
  flow: {
    one: 'Steun gaat naar de punt',
    both: 'Steun gaat beide kanten op',
  },
  support: {
    practical: 'Praktisch',
    company: 'Gezelschap',
    advice: 'Advies',
    emotional: 'Emotioneel',
    overloaded: 'Draagt veel (overbelast?)',
  },
  consent: {
    'may-know': 'Mag het weten',
    'may-not-know': 'Mag het niet weten',
    undecided: 'Nog niet besloten',
  },
} as const;
