import { describe, expect, it } from 'vitest';
import { consentMark, overlayMarks, supportBadges } from '../../../src/draw/badges';
import { emptyOverlay } from '../../../src/state/overlay';
import { allNodes, parts, texts } from './helpers';

describe('badges', () => {
  it('draws one letter per support category in P G A E order, without duplicates', () => {
    const badges = supportBadges(['emotional', 'practical', 'emotional', 'company'])!;
    expect(texts(badges)).toEqual(['P', 'G', 'E']);
    expect(supportBadges([])).toBeNull();
  });

  it('frames practical support as a square and social-emotional as a circle', () => {
    const nodes = allNodes(supportBadges(['practical', 'advice'])!);
    const frames = nodes.filter((n) => n.attrs?.class === 'support-badge').map((n) => (n.children![0] as { tag: string }).tag);
    expect(frames).toEqual(['rect', 'circle']);
  });

  it('gives each consent decision its own shape and glyph', () => {
    const shape = (d: 'may-know' | 'may-not-know' | 'undecided') => (consentMark(d).children![0] as { tag: string }).tag;
    expect(new Set([shape('may-know'), shape('may-not-know'), shape('undecided')]).size).toBe(3);
    expect(texts(consentMark('undecided'))).toEqual(['?']);
  });

  it('composes the overlay marks from a NodeOverlay', () => {
    expect(overlayMarks(emptyOverlay).children).toEqual([]);
    const marks = overlayMarks({ ...emptyOverlay, support: ['advice'], overloaded: true, consent: 'may-know', agreements: ['A1'] });
    expect(parts(marks, 'overloaded')).toHaveLength(1);
    expect(parts(marks, 'consent')).toHaveLength(1);
    expect(texts(marks)).toEqual(expect.arrayContaining(['A', 'A1']));
  });
});
