import { describe, expect, it } from 'vitest';
import { addTopic, setConsent } from '../../../src/graph/commands';
import { viewerTopics } from '../../../src/steps/model/consentView';
import { frequencyChoice, optionalText, OTHER_FREQUENCY, requiredText, validDate } from '../../../src/steps/model/edits';
import { smallCase } from './fixture';

describe('step 6 edit rules', () => {
  it('shows a stored frequency as its list choice, and free text as "other"', () => {
    expect(frequencyChoice('weekly')).toBe('weekly');
    expect(frequencyChoice('as-needed')).toBe('as-needed');
    expect(frequencyChoice('elke eerste zondag')).toBe(OTHER_FREQUENCY);
  });

  it('refuses an empty required text and trims the rest', () => {
    expect(requiredText('  ')).toBeNull();
    expect(requiredText(' Bijpraten ')).toBe('Bijpraten');
  });

  it('turns an empty optional text into "remove the field"', () => {
    expect(optionalText('')).toBeUndefined();
    expect(optionalText(' \n ')).toBeUndefined();
    expect(optionalText(' Bel de jeugdhulp ')).toBe('Bel de jeugdhulp');
  });

  it('accepts only a full, real date', () => {
    expect(validDate('2026-11-27')).toBe('2026-11-27');
    expect(validDate('')).toBeNull();
    expect(validDate('2026-11')).toBeNull();
    expect(validDate('2026-13-40')).toBeNull();
  });
});

describe('viewerTopics ("bekijk als")', () => {
  it('sorts every topic by the decision for this person; no decision counts as undecided', () => {
    let doc = smallCase();
    doc = addTopic(doc, { id: 't1', label: 'Diagnose' });
    doc = addTopic(doc, { id: 't2', label: 'Schulden' });
    doc = addTopic(doc, { id: 't3', label: 'Verslaving' });
    doc = setConsent(doc, { personId: 'ans', topicId: 't1', decision: 'may-know' });
    doc = setConsent(doc, { personId: 'ans', topicId: 't2', decision: 'may-not-know' });
    // Someone else's decision does not count for Ans.
    doc = setConsent(doc, { personId: 'henk', topicId: 't3', decision: 'may-know' });
    const labels = (list: { label: string }[]) => list.map((x) => x.label);
    const ans = viewerTopics(doc, 'ans');
    expect(labels(ans.mayKnow)).toEqual(['Diagnose']);
    expect(labels(ans.mayNotKnow)).toEqual(['Schulden']);
    expect(labels(ans.undecided)).toEqual(['Verslaving']);
    const henk = viewerTopics(doc, 'henk');
    expect(labels(henk.mayKnow)).toEqual(['Verslaving']);
    expect(labels(henk.undecided)).toEqual(['Diagnose', 'Schulden']);
  });
});

describe('chosenFirst / inOrder (people checklists in an editor)', () => {
  it('puts the chosen people first, keeps the rest in order, and sends newcomers last', async () => {
    const { chosenFirst, inOrder } = await import('../../../src/steps/ui/chosenFirst');
    const people = smallCase().people;
    const order = chosenFirst(people, ['henk', 'linda']);
    expect(order).toEqual(['linda', 'henk', 'sam', 'mark', 'ans', 'daan']);
    const extra = { ...people[0]!, id: 'new', name: 'Nieuw' };
    expect(inOrder([extra, ...people], order).map((p) => p.id)).toEqual(['linda', 'henk', 'sam', 'mark', 'ans', 'daan', 'new']);
  });
});
