/** Dutch text of the map (canvas): tabs, toolbar, inline fields, menus, screen-reader labels. */
import type { AriaLabelConfig } from '@xyflow/react';

export const canvasText = {
  /** A case holds at most LIMITS.people people; the field stays open with the name. */
  peopleLimit: (max: number) => `Er kan niemand meer bij: een casus heeft ten hoogste ${max} personen.`,
  mapLabel: 'Kaart',
  viewTabsLabel: 'Weergave',
  tabGenogram: 'Genogram',
  tabNetwerkkaart: 'Netwerkkaart',
  toolbarLabel: 'Kaartwerkbalk',
  addPerson: 'Persoon toevoegen',
  autoLayout: 'Automatisch schikken',
  showLegend: 'Legenda tonen',
  hideLegend: 'Legenda verbergen',
  legendTitle: 'Legenda',
  fitToScreen: 'Passend maken',
  showTies: 'Banden tonen',
  layoutBusy: 'Genogram wordt geschikt…',
  layoutFailed: 'Schikken van het genogram is mislukt',
  newPersonName: 'Naam van nieuwe persoon',
  newPersonHint: 'Typ een naam en druk op Enter; Escape annuleert',
  newPersonPlaceholder: 'Naam (en geboortejaar)…',
  genderGroup: 'Geslacht',
  gender: { male: 'Man', female: 'Vrouw', nonbinary: 'Non-binair of anders', unknown: 'Onbekend' },
  /** What the name field read from the years typed after the name, shown while typing. */
  spokenYears: ({ birthYear, deathYear, deceased }: { birthYear?: number; deathYear?: number; deceased?: boolean }) =>
    birthYear !== undefined && deathYear !== undefined
      ? `${birthYear}–${deathYear}, overleden`
      : birthYear !== undefined
        ? `geboren ${birthYear}${deceased ? ', overleden' : ''}`
        : deathYear !== undefined
          ? `overleden ${deathYear}`
          : deceased
            ? 'overleden'
            : '',
  addPartner: 'Partner toevoegen',
  addChild: 'Kind toevoegen',
  addParent: 'Ouder toevoegen',
  relativeActions: 'Familie toevoegen',
  partnerName: 'Naam van de partner',
  childName: 'Naam van het kind',
  parentName: 'Naam van de ouder',
  connectMenuLabel: 'Soort relatie',
  connectPartner: 'Partner',
  connectParentOf: 'Ouder van',
  connectChildOf: 'Kind van',
  connectTie: 'Contact',
  /** A quality button in the connect menu: one tap makes a tie of that quality. */
  connectTieAs: (quality: string) => `Contact: ${quality.toLowerCase()}`,
  connectFamily: 'Familie',
  tieFlowMenuLabel: 'Richting van steun kiezen',
  cancel: 'Annuleren',
  connectHandle: 'Verbinden met iemand anders',
  tieEditorLabel: 'Band aanpassen',
  tieQuality: 'Kwaliteit',
  tieFlow: 'Richting van steun',
  /** A couple line or child line in the genogram, as a button that opens its editor. */
  coupleLine: (a: string, b: string, status: string) => `Relatie ${a} en ${b}: ${status}`,
  childLine: (child: string, parents: string, type: string) => `Kind ${child} van ${parents}: ${type}`,
  relationEditorLabel: 'Relatie aanpassen',
  coupleQuestion: (a: string, b: string) => `${a} en ${b}: wat voor relatie?`,
  childQuestion: (child: string) => `${child}: wat voor kind?`,
  and: (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`),
  close: 'Sluiten',
  removeSelection: 'Verwijderen',
  rearranged: 'Iedereen is opnieuw geschikt. Ongedaan maken zet de kaart terug.',
  genogramOutside: (n: number) =>
    n === 1 ? '1 persoon staat alleen op de netwerkkaart.' : `${n} mensen staan alleen op de netwerkkaart.`,
  genogramLayoutFailed: (reason: string) =>
    `Het genogram kon niet opnieuw worden geschikt (${reason}). De vorige schikking blijft staan; probeer "Automatisch schikken".`,
  /** Said by the map's live region (announce.ts). */
  announceAdded: (name: string) => `${name} staat nu op de kaart.`,
  announceRemoved: (name: string) => `${name} is van de kaart gehaald.`,
  announceLinked: (a: string, b: string) => `Nieuwe lijn tussen ${a} en ${b}.`,
  announceUnlinked: (a: string, b: string) => `De lijn tussen ${a} en ${b} is weg.`,
  announceMany: (n: number) => `${n} wijzigingen op de kaart.`,
  emptyGenogram: 'Nog niemand in het genogram. Kies "Persoon toevoegen" om te beginnen met de jeugdige.',
  emptyNetwerkkaart: 'Klik in het midden om de jeugdige toe te voegen, daarna in een vak voor ieder ander.',
  clickToAdd: 'Klik in een vak om iemand toe te voegen',
  professional: 'professional',
  focusPerson: 'jeugdige',
  deceased: 'overleden',
  selectedTie: (from: string, to: string) => `Band tussen ${from} en ${to}`,
  relationTitle: (kind: string, from: string, to: string) => `${kind}: ${from} – ${to}`,
  newPersonIn: (sector: string, ring: string) => `Nieuwe persoon in ${sector}, ${ring}`,
  cellFull: 'Dit vak is vol: de nieuwe persoon komt deels over een ander heen. "Automatisch schikken" maakt ruimte.',
} as const;

/** React Flow's own screen-reader and control labels, in Dutch. */
export const flowAriaLabels: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default':
    'Druk op Enter of spatie om een persoon te kiezen. Delete verwijdert, Escape annuleert.',
  'node.a11yDescription.keyboardDisabled':
    'Druk op Enter of spatie om een persoon te kiezen. Met de pijltjestoetsen verplaats je de persoon. Delete verwijdert, Escape annuleert.',
  'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
    `Persoon verplaatst naar ${direction}. Nieuwe positie x: ${x}, y: ${y}`,
  'edge.a11yDescription.default':
    'Druk op Enter of spatie om een lijn te kiezen. Delete verwijdert, Escape annuleert.',
  'controls.ariaLabel': 'Zoomknoppen',
  'controls.zoomIn.ariaLabel': 'Inzoomen',
  'controls.zoomOut.ariaLabel': 'Uitzoomen',
  'controls.fitView.ariaLabel': 'Passend maken',
  'controls.interactive.ariaLabel': 'Vergrendelen aan/uit',
  'minimap.ariaLabel': 'Overzichtskaart',
  'handle.ariaLabel': 'Verbinden',
};
