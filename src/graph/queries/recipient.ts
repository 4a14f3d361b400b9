/**
 * What an export may hold: the whole case for the family's file, or only what one network
 * member may know (the same rule as "Bekijk als", visibleTo), with names cut to initials and
 * notes and contact details left out on request. Pure, so the dialog's list of what goes in and
 * the PDF itself are made from one and the same filtered document.
 */
import type { CaseDocument, Person, Topic } from '../schema';
import { visibleTo } from './consent';

export interface ExportScope {
  /** The network member the export is for; absent: the version for the family's file. */
  recipientId?: string;
  /** "Initialen in plaats van namen". */
  initials?: boolean;
  /** "Zonder notities en contactgegevens". */
  withoutNotes?: boolean;
}

export interface ScopedCase {
  doc: CaseDocument;
  /** The recipient as named in the export (initials when asked), or null for the file. */
  recipient: Person | null;
  /** Topics shared with the recipient (all topics for the file). */
  sharedTopics: Topic[];
  /** How many topics were deliberately left out (their content is not in `doc`). */
  leftOutTopics: number;
}

export function scopeForExport(doc: CaseDocument, scope: ExportScope): ScopedCase | null {
  let scoped = doc;
  let leftOut = 0;
  if (scope.recipientId !== undefined) {
    const view = visibleTo(doc, scope.recipientId);
    if (!view) return null;
    scoped = view.doc;
    leftOut = view.hiddenTopicIds.length;
  }
  if (scope.withoutNotes) scoped = withoutNotes(scoped);
  if (scope.initials) scoped = withInitials(scoped);
  const recipient = scope.recipientId === undefined ? null : (scoped.people.find((p) => p.id === scope.recipientId) ?? null);
  return { doc: scoped, recipient, sharedTopics: scoped.topics, leftOutTopics: leftOut };
}

/** Every person's notes and contact details, the steps' notes and the meetings' notes go. */
function withoutNotes(doc: CaseDocument): CaseDocument {
  return {
    ...doc,
    people: doc.people.map(({ notes: _n, contact: _c, ...rest }) => rest),
    meetings: doc.meetings.map(({ notes: _n, lookBack: _l, ...rest }) => ({ ...rest, notes: '' })),
    steps: Object.fromEntries(
      Object.entries(doc.steps).map(([k, v]) => {
        if (!v || typeof v !== 'object') return [k, v];
        const { notes: _n, view: _v, ...rest } = v as { notes?: string; view?: unknown };
        return [k, rest];
      }),
    ) as CaseDocument['steps'],
  };
}

/** "Ngọc Trần" -> "N.T."; the first letter (with its accents) of every word that has one. */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => /\p{L}\p{M}*/u.exec(word)?.[0])
    .filter((l): l is string => l !== undefined);
  return letters.length === 0 ? name : letters.map((l) => `${l.toLocaleUpperCase('nl')}.`).join('');
}

/**
 * Names become initials, and so does every word of a name where it recurs in the case's own
 * texts (the title "familie De Vries", a need "Oma Ria haalt op"): a name left in free text
 * would defeat the option.
 */
function withInitials(doc: CaseDocument): CaseDocument {
  // Words are runs of letters, so "Yılmaz-Trần" and "<b>test</b>" give up their names too.
  const word = /[\p{L}\p{M}'’]+/gu;
  const words = new Set(
    doc.people.flatMap((p) => p.name.match(word) ?? []).filter((w) => w.length > 1).map((w) => w.toLocaleLowerCase('nl')),
  );
  const mask = (text: string) => text.replace(word, (w) => (words.has(w.toLocaleLowerCase('nl')) ? initialsOf(w) : w));
  const maskOpt = (text: string | undefined) => (text === undefined ? undefined : mask(text));
  return {
    ...doc,
    case: { ...doc.case, title: mask(doc.case.title) },
    people: doc.people.map((p) => ({ ...p, name: initialsOf(p.name), notes: maskOpt(p.notes), contact: maskOpt(p.contact) })),
    needs: doc.needs.map((n) => ({ ...n, text: mask(n.text) })),
    offers: doc.offers.map((o) => ({ ...o, text: mask(o.text) })),
    strengths: doc.strengths.map((s) => ({ ...s, text: mask(s.text) })),
    topics: doc.topics.map((t) => ({ ...t, label: mask(t.label) })),
    agreements: doc.agreements.map((a) => ({ ...a, content: mask(a.content), fallback: maskOpt(a.fallback), frequency: mask(a.frequency) })),
    meetings: doc.meetings.map((m) => ({ ...m, notes: mask(m.notes), lookBack: maskOpt(m.lookBack) })),
  };
}
