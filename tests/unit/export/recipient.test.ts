/** The export's scope: the file, one network member (the "Bekijk als" rule), initials, no notes. */
import { describe, expect, it } from 'vitest';
import { createDemoCase } from '../../../src/graph/demo';
import { initialsOf, scopeForExport, visibleTo } from '../../../src/graph/queries';
import { DEMO_NOW } from '../../fixtures';

const demo = createDemoCase(DEMO_NOW);
const text = (v: unknown) => JSON.stringify(v);

describe('initialsOf', () => {
  it('takes the first letter of each word, accents and all', () => {
    expect(initialsOf('Ngọc Trần')).toBe('N.T.');
    expect(initialsOf('Şükriye Yılmaz')).toBe('Ş.Y.');
    expect(initialsOf('Małgorzata Wiśniewska')).toBe('M.W.');
    expect(initialsOf('öztürk')).toBe('Ö.');
    expect(initialsOf('Bram & Co <b>test</b>')).toBe('B.C.B.');
    expect(initialsOf('')).toBe('');
  });
});

describe('scopeForExport', () => {
  it('for the file: everything, all topics, nothing left out', () => {
    const s = scopeForExport(demo, {})!;
    expect(s.doc).toBe(demo);
    expect(s.recipient).toBeNull();
    expect(s.sharedTopics).toEqual(demo.topics);
    expect(s.leftOutTopics).toBe(0);
  });

  it('for a network member: exactly what "Bekijk als" shows, and says how many topics were left out', () => {
    const s = scopeForExport(demo, { recipientId: 'p-ans' })!;
    const view = visibleTo(demo, 'p-ans')!;
    expect(s.doc).toEqual(view.doc);
    expect(s.recipient?.id).toBe('p-ans');
    expect(s.sharedTopics.map((t) => t.id)).toEqual(['t-adhd']);
    expect(s.leftOutTopics).toBe(demo.topics.length - 1);
    const hidden = demo.topics.filter((t) => t.id !== 't-adhd');
    for (const t of hidden) expect(text(s.doc)).not.toContain(t.label);
    // Nobody else's notes or contact details.
    for (const p of s.doc.people.filter((p) => p.id !== 'p-ans')) {
      expect(p.notes).toBeUndefined();
      expect(p.contact).toBeUndefined();
    }
  });

  it('an unknown recipient gives null rather than the whole case', () => {
    expect(scopeForExport(demo, { recipientId: 'nobody' })).toBeNull();
  });

  it('without notes and contact details: none of either, also the recipient’s own and the meetings’', () => {
    const s = scopeForExport(demo, { withoutNotes: true })!;
    expect(s.doc.people.some((p) => p.notes || p.contact)).toBe(false);
    expect(s.doc.meetings.every((m) => m.notes === '' && m.lookBack === undefined)).toBe(true);
    expect(Object.values(s.doc.steps).some((v) => (v as { notes?: string } | undefined)?.notes !== undefined)).toBe(false);
  });

  it('with initials: no full name anywhere in the exported document, also not in the title or free texts', () => {
    const s = scopeForExport(demo, { initials: true, recipientId: 'p-ans' })!;
    expect(s.recipient?.name).toBe('Oma A.B.');
    const out = text(s.doc);
    for (const p of demo.people) if (p.name.includes(' ')) expect(out).not.toContain(p.name);
    expect(s.doc.case.title).not.toContain('Vries');
    expect(s.doc.people.map((p) => p.id)).toEqual(demo.people.map((p) => p.id));
  });
});

describe('initials in free text: names spelled otherwise, and words that are not names', () => {
  const people = [
    { name: 'Şükriye Öztürk' },
    { name: 'Małgorzata Wiśniewska' },
    { name: 'Ngọc Trần' },
    { name: 'Oma Ans de Vries' },
    { name: 'Coach Dirk' },
    { name: 'Joris Vriend' },
    { name: 'Sam' },
  ];
  const doc = {
    ...demo,
    people: demo.people.slice(0, people.length).map((p, i) => ({ ...p, ...people[i], notes: undefined, contact: undefined })),
  };
  const masked = (s: string) => {
    const scoped = scopeForExport({ ...doc, needs: [{ ...demo.needs[0]!, text: s }] }, { initials: true })!;
    return scoped.doc.needs[0]!.text;
  };

  it('finds a name typed without its accents or special letters', () => {
    expect(masked('Sukriye belt Ozturk, Malgorzata en Ngoc Tran komen ook')).toBe('S. belt O., M. en N. T. komen ook');
    expect(masked('MAŁGORZATA wisniewska')).toBe('M. W.');
  });

  it('finds possessives: Sams fiets, Joris\' fiets, Ans\'s tas; keeps quotes around a quoted name', () => {
    expect(masked("Sams fiets, Joris' fiets en Ans's tas")).toBe('S. fiets, J. fiets en A. tas');
    expect(masked("ze noemt hem 'Dirk'")).toBe("ze noemt hem 'D.'");
  });

  it('leaves kinship words and surname particles alone in free text, but not a surname that is also a word', () => {
    expect(masked('bij oma thuis, de coach van de school')).toBe('bij oma thuis, de coach van de school');
    expect(masked('familie De Vries')).toBe('familie De V.');
    // "Vriend" is Joris's surname: masked, even where it could be the word.
    expect(masked('een Vriend')).toBe('een V.');
  });

  it('a short name is not matched inside other words or with a plural s', () => {
    expect(masked('samen met Sam')).toBe('samen met S.');
  });

  it('keeps a kinship word before a name in the initials, never one that is a surname', () => {
    const scoped = scopeForExport(doc, { initials: true })!;
    expect(scoped.doc.people.map((p) => p.name)).toEqual(['Ş.Ö.', 'M.W.', 'N.T.', 'Oma A.D.V.', 'Coach D.', 'J.V.', 'S.']);
  });
});
