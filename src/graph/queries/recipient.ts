/**
 * What an export may hold: the whole case for the family's file, or only what one network
 * member may know (the same rule as "Bekijk als", visibleTo), with names cut to initials and
 * notes and contact details left out on request. Pure, so the dialog's list of what goes in and
 * the PDF itself are made from one and the same filtered document.
 */
import type { CaseDocument, Person, Topic } from '../schema';
import { visibleTo } from './consent';
import { KINSHIP_WORDS, NAME_PARTICLES } from './nameWords';

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
 * Whether the first word of a name is a kinship or role word standing before it like a title
 * ("Oma Ans", "Coach Dirk"). Only there: later in a name such a word may be a surname ("Jan Vriend").
 */
function titleWord(words: string[], i: number): boolean {
  return i === 0 && words.length > 1 && KINSHIP_WORDS.has(fold(words[0]!.replace(/[^\p{L}\p{M}]/gu, '')));
}

/** A person's name as initials, with a kinship word before it kept: "Oma Ans Bakker" -> "Oma A.B.". */
export function maskedName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (!titleWord(words, 0)) return initialsOf(name);
  const rest = initialsOf(words.slice(1).join(' '));
  return `${words[0]} ${rest}`;
}

/**
 * The form a name is compared in: lower case, without accents, and with the letters that do not
 * decompose spelled plainly, so "Ngoc", "Sukriye", "Malgorzata" and "Ozturk" typed in a note
 * match "Ngọc", "Şükriye", "Małgorzata" and "Öztürk".
 */
export function fold(word: string): string {
  return word
    .toLocaleLowerCase('nl')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łıøđßæœ]/g, (c) => FOLD.get(c) ?? c);
}

const FOLD = new Map([['ł', 'l'], ['ı', 'i'], ['ø', 'o'], ['đ', 'd'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe']]);

/**
 * Names become initials, and so does every word of a name where it recurs in the case's own
 * texts (the title "familie De Vries", a need "Oma Ria haalt op"): a name left in free text
 * would defeat the option. Also when spelled without its accents ("Ozturk") or as a possessive
 * ("Sams fiets", "Joris' fiets", "Ans's"); not the kinship words and particles a name may hold
 * ("Oma", "de"), which in free text are ordinary words.
 */
function withInitials(doc: CaseDocument): CaseDocument {
  // Words are runs of letters, so "Yılmaz-Trần" and "<b>test</b>" give up their names too.
  const word = /[\p{L}\p{M}'’]+/gu;
  const words = new Set(
    doc.people.flatMap((p) => {
      const parts = p.name.split(/\s+/).filter(Boolean);
      return parts
        .filter((_, i) => !titleWord(parts, i))
        .flatMap((part) => part.match(word) ?? [])
        .map((w) => fold(w.replace(/^['’]+|['’]+$/g, '')))
        .filter((w) => w.length > 1 && !NAME_PARTICLES.has(w));
    }),
  );
  const isName = (w: string): boolean => {
    const f = fold(w);
    if (words.has(f)) return true;
    // Possessives: "Ans's", "Joris'", and the Dutch "Sams" (only after a name of three letters or more).
    const base = f.replace(/['’]s?$/, '');
    if (base !== f) return words.has(base);
    return f.endsWith('s') && f.length > 3 && words.has(f.slice(0, -1));
  };
  const mask = (text: string) =>
    text.replace(word, (w) => {
      // The letters without quotes around them ("'Bram'" is Bram in quotes).
      const core = w.replace(/^['’]+|['’]+$/g, '');
      if (core === '' || !isName(w.replace(/^['’]+/, ''))) return w;
      const before = w.slice(0, w.indexOf(core));
      // A closing quote stays when the word was quoted ("'Bram'"); after a possessive it goes ("Joris'").
      const after = before ? w.slice(w.indexOf(core) + core.length) : '';
      return before + initialsOf(core.replace(/['’]s$/, '')) + after;
    });
  const maskOpt = (text: string | undefined) => (text === undefined ? undefined : mask(text));
  return {
    ...doc,
    case: { ...doc.case, title: mask(doc.case.title) },
    people: doc.people.map((p) => ({ ...p, name: maskedName(p.name), notes: maskOpt(p.notes), contact: maskOpt(p.contact) })),
    needs: doc.needs.map((n) => ({ ...n, text: mask(n.text) })),
    offers: doc.offers.map((o) => ({ ...o, text: mask(o.text) })),
    strengths: doc.strengths.map((s) => ({ ...s, text: mask(s.text) })),
    topics: doc.topics.map((t) => ({ ...t, label: mask(t.label) })),
    agreements: doc.agreements.map((a) => ({ ...a, content: mask(a.content), fallback: maskOpt(a.fallback), frequency: mask(a.frequency) })),
    meetings: doc.meetings.map((m) => ({ ...m, notes: mask(m.notes), lookBack: maskOpt(m.lookBack) })),
  };
}
