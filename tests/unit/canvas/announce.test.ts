import { describe, expect, it } from 'vitest';
import { addPerson, addRelation, removePerson } from '../../../src/graph/commands';
import { createDemoCase } from '../../../src/graph/demo';
import { announcement } from '../../../src/canvas/announce';

const demo = createDemoCase(new Date('2026-11-28T10:00:00Z'));
const ria = { id: 'p-ria', name: 'Oma Ria', gender: 'female' as const, sector: 'family' as const, closeness: 1 as const };

describe('announcement', () => {
  it('says who came onto the map and who went off it', () => {
    const more = addPerson(demo, ria);
    expect(announcement(demo, more)).toBe('Oma Ria staat nu op de kaart.');
    expect(announcement(more, demo)).toBe('Oma Ria is van de kaart gehaald.');
  });

  it('says a new line between two people, and not the lines that went with a removed person', () => {
    const tie = addRelation(demo, { id: 'r-new', kind: 'tie', from: 'p-daan', to: 'p-lotte', quality: 'strong', flow: 'both' });
    expect(announcement(demo, tie)).toBe('Nieuwe lijn tussen Daan en Lotte.');
    expect(announcement(tie, demo)).toBe('De lijn tussen Daan en Lotte is weg.');
    expect(announcement(demo, removePerson(demo, { id: 'p-linda' }))).toBe('Linda Bakker is van de kaart gehaald.');
  });

  it('counts many changes, and says nothing for another case or no change', () => {
    let many = demo;
    for (let i = 0; i < 5; i++) many = addPerson(many, { ...ria, id: `p-${i}`, name: `Kind ${i}` });
    expect(announcement(demo, many)).toBe('5 wijzigingen op de kaart.');
    expect(announcement(demo, demo)).toBe('');
    expect(announcement(demo, { ...many, case: { ...many.case, id: 'other' } })).toBe('');
  });

  it('keeps a hostile name as text (React renders it; nothing is parsed here)', () => {
    const evil = addPerson(demo, { ...ria, name: '<img src=x onerror=alert(1)>' });
    expect(announcement(demo, evil)).toBe('<img src=x onerror=alert(1)> staat nu op de kaart.');
  });
});
