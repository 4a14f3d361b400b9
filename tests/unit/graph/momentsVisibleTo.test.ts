/**
 * A comparison for a network member: both moments are filtered with the "Bekijk als" rule before
 * diffing, so neither the change list nor the difference map can carry a topic they may not know
 * (today) or a strained contact between others (in either moment).
 */
import { describe, expect, it } from 'vitest';
import { changeFacts } from '../../../src/graph/diff';
import { momentsVisibleTo } from '../../../src/graph/queries';
import type { CaseDocument, Relation } from '../../../src/graph/schema';
import { changeGroups, familyLines } from '../../../src/i18n/snapshots';
import { familySummary } from '../../../src/graph/diff';
import { caseWith, person, tieRel } from './helpers';

const tie = (id: string, from: string, to: string, quality: 'strong' | 'conflict' | 'normal'): Relation => ({ ...tieRel(id, from, to), quality } as Relation);

function then(): CaseDocument {
  return caseWith(
    [person('sam', { name: 'Sam', focus: true, sector: 'household', closeness: 1 }), person('riet', { name: 'Oma Riet' }), person('mark', { name: 'Mark' }), person('ans', { name: 'Buurvrouw Ans', sector: 'neighbourhood' })],
    [tie('t-riet', 'riet', 'sam', 'normal'), tie('t-mark', 'mark', 'sam', 'strong'), tie('t-ans', 'ans', 'sam', 'normal')],
    {
      topics: [{ id: 'schuld', label: 'Schulden' }, { id: 'adhd', label: 'ADHD' }],
      consents: [
        { personId: 'riet', topicId: 'schuld', decision: 'may-know' },
        { personId: 'riet', topicId: 'adhd', decision: 'may-know' },
        { personId: 'ans', topicId: 'schuld', decision: 'may-know' },
      ],
    },
  );
}

/** Now: Ans left, Kees joined, Mark and Sam's contact became a conflict, Riet may no longer know the debts, Ans's decision changed. */
function now(): CaseDocument {
  const a = then();
  return {
    ...a,
    people: [...a.people.filter((p) => p.id !== 'ans'), person('kees', { name: 'Trainer Kees', sector: 'school-work' })],
    relations: [tie('t-riet', 'riet', 'sam', 'strong'), tie('t-mark', 'mark', 'sam', 'conflict'), tie('t-kees', 'kees', 'sam', 'normal')],
    consents: [
      { personId: 'riet', topicId: 'schuld', decision: 'may-not-know' },
      { personId: 'riet', topicId: 'adhd', decision: 'may-know' },
    ],
  };
}

const linesOf = (before: CaseDocument, after: CaseDocument) => {
  const facts = changeFacts(before, after);
  return [...familyLines(familySummary(before, after, facts)), ...changeGroups(facts, before, after).flatMap((g) => g.lines)].join('\n');
};

describe('momentsVisibleTo', () => {
  it('the full comparison shows the strained tie and the debts; Riet\'s does not, but keeps who joined and left', () => {
    const full = linesOf(then(), now());
    expect(full).toContain('Mark – Sam');
    expect(full).toContain('Schulden');
    const moments = momentsVisibleTo(then(), now(), 'riet')!;
    const forRiet = linesOf(moments.before, moments.after);
    expect(forRiet).toContain('Trainer Kees');
    expect(forRiet).toContain('Buurvrouw Ans');
    expect(forRiet).toContain('Oma Riet – Sam: van gewoon naar sterk');
    expect(forRiet).not.toContain('Mark');
    expect(forRiet).not.toContain('Schulden');
    // Nothing of the topic in either moment, not just in the lines.
    expect(JSON.stringify(moments)).not.toContain('Schulden');
    expect(JSON.stringify(moments.before.relations.map((r) => r.id))).not.toContain('t-mark');
    expect(moments.before.snapshots).toEqual([]);
  });

  it('a member who joined after the earlier moment sees it by the same rule, without themselves in it', () => {
    const moments = momentsVisibleTo(then(), now(), 'kees')!;
    expect(moments.before.people.map((p) => p.id)).not.toContain('kees');
    expect(moments.before.topics).toEqual([]);
    expect(linesOf(moments.before, moments.after)).toContain('Trainer Kees');
  });

  it('someone not in the case now gets nothing', () => {
    expect(momentsVisibleTo(then(), now(), 'ans')).toBeNull();
  });
});
