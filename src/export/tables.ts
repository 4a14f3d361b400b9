/**
 * The steps' tables of the PDF as plain rows of text, made from the (already scoped) document:
 * pure, so what goes into each table is unit-tested without jsPDF. Family text stays text; the
 * PDF writes it with jsPDF's text(), which never reads markup.
 */
import { needCoverage, parentsOf } from '../graph/queries';
import type { CaseDocument, ConsentHow, Decider, Person } from '../graph/schema';
import { exportText as x } from '../i18n/export';
import {
  channelLabels,
  closenessLabels,
  consentDecisionLabels,
  consentHowLabels,
  deciderLabels,
  frequencyLabels,
  lifeDomainLabels,
  sectorLabels,
  supportCategoryLabels,
  supportCategoryLetters,
  supportTypeLabels,
} from '../i18n/labels';
import { displayName } from '../i18n/names';
import { formatDate } from '../i18n/formatDate';

export const TABLE_KEYS = ['people', 'needs', 'offers', 'strengths', 'topics', 'agreements', 'meetings'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
}

export interface Row {
  cells: string[];
  /** Printed in bold: an open need, which has to stand out in black and white too. */
  emphasis?: boolean;
}

export interface Table {
  key: TableKey;
  title: string;
  columns: Column[];
  rows: Row[];
}

const c = x.columns;
const col = (header: string, width: number): Column => ({ header, width });

/**
 * `forRecipient`: the document holds only the recipient's own consents, so the topics table
 * shows what they may know and nothing about other people's decisions (which would be wrong).
 */
export function buildTables(doc: CaseDocument, keys: readonly TableKey[], forRecipient = false): Table[] {
  const names = new Map(doc.people.map((p) => [p.id, displayName(p)]));
  const nameOf = (id: string) => names.get(id) ?? '?';
  const consentText = (personId: string, how?: ConsentHow, by?: Decider) => {
    const text = x.how(how ? consentHowLabels[how] : '', by ? deciderLabels[by] : '');
    return text ? `${nameOf(personId)} (${text})` : nameOf(personId);
  };
  const allTopics = () => ({
    columns: [col(c.topic, 0.25), col(c.mayKnow, 0.3), col(c.mayNotKnow, 0.25), col(c.undecided, 0.2)],
    rows: doc.topics.map((t) => {
      const of = (decision: 'may-know' | 'may-not-know') =>
        doc.consents
          .filter((k) => k.topicId === t.id && k.decision === decision)
          .map((k) => consentText(k.personId, k.how, k.decidedBy))
          .join('\n');
      const decided = new Set(doc.consents.filter((k) => k.topicId === t.id && k.decision !== 'undecided').map((k) => k.personId));
      const undecided = doc.people.filter((p) => !p.focus && !p.deceased && !decided.has(p.id)).length;
      return { cells: [t.label, of('may-know'), of('may-not-know'), `${undecided} ${consentDecisionLabels.undecided.toLowerCase()}`] };
    }),
  });
  const recipientTopics = () => ({
    columns: [col(c.topic, 0.45), col(c.mayKnow, 0.55)],
    rows: doc.topics.map((t) => ({
      cells: [t.label, doc.consents.filter((k) => k.topicId === t.id).map((k) => consentText(k.personId, k.how, k.decidedBy)).join('\n')],
    })),
  });
  const build: Record<TableKey, () => Omit<Table, 'key' | 'title'>> = {
    people: () => peopleTable(doc),
    needs: () => ({
      columns: [col(c.of, 0.18), col(c.need, 0.37), col(c.kind, 0.15), col(c.coveredBy, 0.3)],
      rows: needCoverage(doc).map(({ need, offers }) => ({
        cells: [
          nameOf(need.of),
          need.text,
          need.category ? supportCategoryLabels[need.category] : supportTypeLabels[need.type],
          offers.length === 0 ? x.open : offers.map((o) => `${nameOf(o.by)}: ${o.text}`).join('\n'),
        ],
        emphasis: offers.length === 0,
      })),
    }),
    offers: () => {
      const needs = new Map(doc.needs.map((n) => [n.id, n.text]));
      const order = new Map(doc.people.map((p, i) => [p.id, i]));
      const offers = [...doc.offers].sort((a, b) => (order.get(a.by) ?? 0) - (order.get(b.by) ?? 0));
      return {
        columns: [col(c.person, 0.2), col(c.support, 0.08), col(c.what, 0.4), col(c.forNeed, 0.32)],
        rows: offers.map((o) => ({
          cells: [
            nameOf(o.by),
            supportCategoryLetters[o.category ?? (o.type === 'practical' ? 'practical' : 'emotional')],
            o.text,
            (o.needIds ?? []).map((id) => needs.get(id)).filter(Boolean).join('\n'),
          ],
        })),
      };
    },
    strengths: () => {
      const order = new Map(doc.people.map((p, i) => [p.id, i]));
      const list = [...doc.strengths].sort((a, b) => (order.get(a.of) ?? 0) - (order.get(b.of) ?? 0));
      return {
        columns: [col(c.member, 0.22), col(c.domain, 0.28), col(c.strength, 0.5)],
        rows: list.map((s) => ({
          cells: [nameOf(s.of), lifeDomainLabels[s.domain], s.kind ? `${x.strengthKinds[s.kind]}: ${s.text}` : s.text],
        })),
      };
    },
    topics: () => (forRecipient ? recipientTopics() : allTopics()),
    agreements: () => ({
      columns: [col(c.with, 0.2), col(c.frequency, 0.13), col(c.channel, 0.13), col(c.agreement, 0.32), col(c.fallback, 0.22)],
      rows: doc.agreements.map((a) => ({
        cells: [a.with.map(nameOf).join(', '), frequencyLabels[a.frequency] ?? a.frequency, channelLabels[a.channel], a.content, a.fallback ?? ''],
      })),
    }),
    meetings: () => ({
      columns: [col(c.date, 0.14), col(c.present, 0.24), col(c.lookBack, 0.31), col(c.notes, 0.31)],
      rows: [...doc.meetings]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m) => ({ cells: [formatDate(m.date), m.present.map(nameOf).join(', '), m.lookBack ?? '', m.notes] })),
    }),
  };
  return keys.map((key) => ({ key, title: x.tables[key], ...build[key]() }));
}

function peopleTable(doc: CaseDocument): Omit<Table, 'key' | 'title'> {
  const parents = new Set(doc.people.filter((p) => p.focus).flatMap((f) => parentsOf(doc, f.id).map((l) => l.id)));
  const role = (p: Person) =>
    p.focus
      ? x.roles.focus
      : parents.has(p.id)
        ? x.roles.parent
        : p.sector === 'household'
          ? x.roles.household
          : p.sector === 'professional'
            ? x.roles.professional
            : x.roles.network;
  const withContact = doc.people.some((p) => p.contact || p.notes);
  const columns = [col(c.name, 0.24), col(c.role, 0.15), col(c.sector, 0.14), col(c.ring, 0.11), col(c.year, 0.11)];
  if (withContact) columns.push(col(c.contact, 0.25));
  else columns[0]!.width += 0.25;
  return {
    columns,
    rows: doc.people.map((p) => {
      const cells = [
        p.deceased ? `${displayName(p)} ${x.deceased}` : displayName(p),
        role(p),
        sectorLabels[p.sector],
        closenessLabels[p.closeness],
        years(p),
      ];
      if (withContact) cells.push([p.contact, p.notes].filter(Boolean).join('\n'));
      return { cells };
    }),
  };
}

function years(p: Person): string {
  if (p.birthYear && p.deathYear) return `${p.birthYear}–${p.deathYear}`;
  if (p.deathYear) return `†${p.deathYear}`;
  return p.birthYear ? String(p.birthYear) : '';
}
