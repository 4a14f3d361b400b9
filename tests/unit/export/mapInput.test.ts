/** The exports' map input: the genogram carries the emotional ties when asked, the netwerkkaart always. */
import { describe, expect, it } from 'vitest';
import { drawMap } from '../../../src/draw/map';
import { toSvgString } from '../../../src/draw/render';
import { createDemoCase } from '../../../src/graph/demo';
import { mapInput } from '../../../src/export/mapInput';
import { DEMO_NOW } from '../../fixtures';

const doc = createDemoCase(DEMO_NOW);
// Positions for everyone on a line: enough for drawMap to draw a tie between two family members.
const positions = new Map(doc.people.map((p, i) => [p.id, { x: i * 120, y: 0 }]));
const ties = (markup: string) => (markup.match(/class="tie"/g) ?? []).length;

describe('mapInput', () => {
  it('draws the genogram\'s ties only with genogramTies', () => {
    expect(ties(toSvgString(drawMap(mapInput(doc, 'genogram', positions, true)).node))).toBeGreaterThan(0);
    expect(ties(toSvgString(drawMap(mapInput(doc, 'genogram', positions, false)).node))).toBe(0);
    expect(ties(toSvgString(drawMap(mapInput(doc, 'genogram', positions)).node))).toBe(0);
  });

  it('the netwerkkaart has its ties either way', () => {
    expect(ties(toSvgString(drawMap(mapInput(doc, 'netwerkkaart', undefined, false)).node))).toBeGreaterThan(0);
  });
});
