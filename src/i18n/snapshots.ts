/**
 * Dutch text of the snapshots and the comparison (issue 12): the dialog, the comparison pane,
 * the marks on the difference map, and the change list built from the domain's facts
 * (src/graph/diff). Names are text: React and the SVG tree escape them, nothing is parsed.
 */
import type { CaseData, Person, TieRelation } from '../graph/schema';
import type { ChangeFacts, FamilySummary, OfferShare } from '../graph/diff';
import { informalShare } from '../graph/diff';
import { closenessLabels, consentDecisionLabels, sectorLabels, tieQualityLabels } from './labels';
import { displayName } from './names';

export const snapshotText = {
  open: 'Momentopnamen',
  openHint: 'Momentopnamen van deze casus: maken, bekijken, vergelijken',
  dialogTitle: 'Momentopnamen',
  close: 'Sluiten',
  take: 'Momentopname maken',
  takeHint: 'Legt de casus van nu vast, met de kaart zoals hij er nu uitziet. Een momentopname wordt nooit meer gewijzigd.',
  label: 'Naam van de momentopname',
  labelPlaceholder: 'bijv. Na tweede gesprek',
  date: 'Datum',
  defaultLabel: (date: string) => `Momentopname ${date}`,
  /** Step 6 names a snapshot after the last meeting. */
  afterMeeting: (date: string) => `Na gesprek van ${date}`,
  taking: 'Kaart wordt vastgelegd…',
  taken: (label: string) => `Momentopname "${label}" is gemaakt.`,
  takeFailed: 'De momentopname kon niet worden gemaakt: de kaart kon niet worden vastgelegd.',
  tooMany: (max: number) => `De momentopname is niet gemaakt: een casus kan hoogstens ${max} momentopnamen hebben. Verwijder er eerst een.`,
  none: 'Nog geen momentopnamen. Maak er een aan het eind van een gesprek, dan kunt u later zien wat er veranderd is.',
  listLabel: 'Momentopnamen van deze casus',
  view: 'Bekijken',
  viewHint: (label: string) => `Momentopname "${label}" bekijken op de kaart (alleen lezen)`,
  rename: 'Naam wijzigen',
  renameLabel: (label: string) => `Nieuwe naam voor "${label}"`,
  save: 'Opslaan',
  cancel: 'Annuleren',
  remove: 'Verwijderen',
  removeConfirm: (label: string) => `Momentopname "${label}" verwijderen? De vastgelegde kaart van dat moment gaat dan verloren.`,
  removeYes: 'Ja, verwijderen',
  openAsCase: 'Openen als nieuwe casus',
  openedAsCase: (label: string) => `Momentopname "${label}" is geopend als nieuwe casus.`,
  caseTitle: (title: string, label: string) => `${title} (${label})`,
  emptyLabel: 'Geef de momentopname een naam.',
  tooLong: (max: number) => `Een naam mag hoogstens ${max} tekens zijn.`,
  readOnly: 'Alleen lezen: deze tab mag de casus niet wijzigen.',
  compare: 'Vergelijken',
  compareFrom: 'Van',
  compareTo: 'Met',
  now: 'Nu',
  compareHint: 'Kies twee momenten om te zien wat er veranderd is.',
  sameMoment: 'Kies twee verschillende momenten.',
  trend: 'Verloop over alle momentopnamen',
  // the comparison pane
  paneLabel: 'Vergelijking',
  viewingTitle: (label: string, date: string) => `Momentopname "${label}" van ${date} (alleen lezen)`,
  comparingTitle: (from: string, to: string) => `Vergelijking: ${from} → ${to}`,
  backToMap: 'Terug naar de kaart',
  modeLabel: 'Wat de kaart toont',
  modes: { then: 'Toen', now: 'Nu', diff: 'Verschil', play: 'Overgang' },
  transitionSlider: 'Van toen naar nu',
  play: 'Afspelen',
  transitionHint:
    'Overgang (facultatief): wie in beide momenten staat, schuift van de oude naar de nieuwe plek; wie wegging verdwijnt halverwege, wie erbij kwam verschijnt halverwege. De verschilkaart laat hetzelfde zien zonder dat u hoeft te onthouden wat er bewoog.',
  viewLabel: 'Weergave',
  mapTitle: (what: string) => `Kaart: ${what}`,
  layingOut: 'Kaart wordt geschikt…',
  layoutFailed: 'De kaart kon niet worden geschikt.',
  changeList: 'Wat er veranderd is',
  noChanges: 'Er is niets veranderd tussen deze twee momenten.',
  notInGenogram: (n: number) => `${n} ${n === 1 ? 'persoon staat' : 'personen staan'} alleen in de netwerkkaart.`,
  // marks on the difference map (words, so the map reads in black and white)
  markNew: 'nieuw',
  markGone: 'weg',
  markChanged: 'gewijzigd',
  markRing: (from: number, to: number) => `ring ${from} → ${to}`,
  markSector: 'andere sector',
  tieName: (a: string, b: string) => `Band ${a} – ${b}`,
  legendDiff: 'Op de verschilkaart: "nieuw" = erbij gekomen; grijs gestippeld met "weg" = niet meer in het netwerk; een pijl = van de oude naar de nieuwe plek; "gewijzigd" = band veranderd.',
  missingSnapshot: 'Deze momentopname bestaat niet meer.',
  // "Bekijk als" (step 5) during a comparison: both moments filtered before they are compared
  viewingAs: (name: string) =>
    `Bekeken als ${name}: beide momenten zijn gefilterd zoals bij "Bekijk als". Onderwerpen die ${name} nu niet mag weten en belaste contacten tussen anderen komen in de vergelijking niet voor.`,
  viewerMissing: (name: string) => `${name} staat niet in het latere moment; de vergelijking kan niet als ${name} worden getoond.`,
} as const;

/** The trend chart's words (src/draw/trendChart.ts). */
export const trendWords = {
  panels: { offers: 'Aanbod: eigen netwerk en professionals', needs: 'Behoeften: gedekt en open', rings: 'Mensen per ring' },
  series: { informal: 'eigen netwerk', professional: 'professionals', covered: 'gedekt', open: 'open', ring: (n: number) => `ring ${n}` },
};

export interface ChangeGroup {
  title: string;
  lines: string[];
}

const ring = (n: 1 | 2 | 3) => `ring ${n} (${closenessLabels[n].toLowerCase()})`;
const name = (p: Pick<Person, 'name'> | undefined) => displayName(p);
const pct = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);

function tieName(t: TieRelation, people: Map<string, Person>, others: Map<string, Person>): string {
  const who = (id: string) => name(people.get(id) ?? others.get(id));
  return `${who(t.from)} – ${who(t.to)}`;
}

/** Where support runs, named by who it runs to ("naar Sam"). */
function flowWord(t: TieRelation, flow: TieRelation['flow'], people: Map<string, Person>): string {
  if (flow === 'none') return 'geen richting';
  if (flow === 'both') return 'beide kanten op';
  return `naar ${name(people.get(flow === 'to' ? t.to : t.from))}`;
}

function shareLine(s: OfferShare): string {
  return `${s.informal} door het eigen netwerk, ${s.professional} door professionals (${pct(informalShare(s))} eigen netwerk)`;
}

/** "What changed for the family": the first lines of the comparison. */
export function familyLines(summary: FamilySummary): string[] {
  const lines: string[] = [];
  for (const c of summary.needsCovered) {
    const by = c.by.map((p) => name(p)).join(', ') || 'iemand die niet meer in de kaart staat';
    lines.push(`Nu gedekt: "${c.need.text}", door ${by}.`);
  }
  if (summary.needsOpened > 0) lines.push(`${summary.needsOpened} ${summary.needsOpened === 1 ? 'behoefte is' : 'behoeften zijn'} weer open.`);
  const [openBefore, openAfter] = summary.openNeeds;
  lines.push(`Open behoeften: ${openBefore} → ${openAfter}.`);
  const { before, after } = summary.offers;
  lines.push(`Aanbod toen: ${shareLine(before)}.`);
  lines.push(`Aanbod nu: ${shareLine(after)}.`);
  const a = informalShare(before);
  const b = informalShare(after);
  if (a !== null && b !== null && a !== b) {
    lines.push(b > a ? `Er is steun verschoven van professionals naar het eigen netwerk (${pct(a)} → ${pct(b)}).` : `Het eigen netwerk draagt minder dan eerst (${pct(a)} → ${pct(b)}).`);
  }
  return lines;
}

/** The change list, grouped, in plain Dutch; empty groups are left out. */
export function changeGroups(facts: ChangeFacts, before: CaseData, after: CaseData): ChangeGroup[] {
  const peopleBefore = new Map(before.people.map((p) => [p.id, p]));
  const peopleAfter = new Map(after.people.map((p) => [p.id, p]));
  const d = facts.diff;
  const groups: ChangeGroup[] = [
    { title: 'Erbij gekomen', lines: facts.joined.map((p) => `${name(p)} (${sectorLabels[p.sector].toLowerCase()}, ${ring(p.closeness)})`) },
    { title: 'Niet meer in het netwerk', lines: facts.left.map((p) => `${name(p)} (was ${sectorLabels[p.sector].toLowerCase()}, ${ring(p.closeness)})`) },
    {
      title: 'Verplaatst',
      lines: facts.moved.map((m) => {
        const parts: string[] = [];
        if (m.ring) parts.push(`van ring ${m.ring[0]} naar ring ${m.ring[1]}`);
        if (m.sector) parts.push(`van ${sectorLabels[m.sector[0]].toLowerCase()} naar ${sectorLabels[m.sector[1]].toLowerCase()}`);
        return `${name(m.person)}: ${parts.join(', ')}`;
      }),
    },
    {
      title: 'Banden',
      lines: [
        ...facts.tiesAdded.map((t) => `Nieuw: ${tieName(t, peopleAfter, peopleBefore)} (${tieQualityLabels[t.quality].toLowerCase()})`),
        ...facts.tiesRemoved.map((t) => `Weg: ${tieName(t, peopleBefore, peopleAfter)} (was ${tieQualityLabels[t.quality].toLowerCase()})`),
        ...facts.tiesChanged.map((c) => {
          const parts: string[] = [];
          if (c.quality) parts.push(`van ${tieQualityLabels[c.quality[0]].toLowerCase()} naar ${tieQualityLabels[c.quality[1]].toLowerCase()}`);
          if (c.flow) parts.push(`richting van de steun: was ${flowWord(c.before, c.flow[0], peopleBefore)}, nu ${flowWord(c.after, c.flow[1], peopleAfter)}`);
          return `${tieName(c.after, peopleAfter, peopleBefore)}: ${parts.join('; ')}`;
        }),
      ],
    },
    {
      title: 'Aanbod',
      lines: [
        ...d.offers.added.map((o) => `Nieuw: ${name(peopleAfter.get(o.by))} – "${o.text}"`),
        ...d.offers.removed.map((o) => `Vervallen: ${name(peopleBefore.get(o.by))} – "${o.text}"`),
      ],
    },
    {
      title: 'Behoeften',
      lines: [
        ...facts.needsCovered.map((c) => `Nu gedekt: "${c.need.text}" (door ${c.by.map((p) => name(p)).join(', ') || '–'})`),
        ...facts.needsOpened.map((n) => `Weer open: "${n.text}"`),
        ...d.needs.added.map((n) => `Nieuwe behoefte: "${n.text}" van ${name(peopleAfter.get(n.of))}`),
        ...d.needs.removed.map((n) => `Vervallen behoefte: "${n.text}"`),
      ],
    },
    {
      title: 'Toestemming (stap 5)',
      lines: facts.consentsChanged.map((c) => {
        const rec = (c.after ?? c.before)!;
        const topic = (after.topics.find((t) => t.id === rec.topicId) ?? before.topics.find((t) => t.id === rec.topicId))?.label ?? rec.topicId;
        const who = name(peopleAfter.get(rec.personId) ?? peopleBefore.get(rec.personId));
        const from = c.before ? consentDecisionLabels[c.before.decision].toLowerCase() : 'niet besproken';
        const to = c.after ? consentDecisionLabels[c.after.decision].toLowerCase() : 'niet meer vastgelegd';
        return `${who}, "${topic}": van ${from} naar ${to}`;
      }),
    },
    {
      title: 'Afspraken (stap 6)',
      lines: [
        ...facts.agreementsAdded.map((a) => `Nieuw: "${a.content}"`),
        ...facts.agreementsChanged.map(([, a]) => `Gewijzigd: "${a.content}"`),
        ...facts.agreementsEnded.map((a) => `Beëindigd: "${a.content}"`),
      ],
    },
  ];
  return groups.filter((g) => g.lines.length > 0);
}
