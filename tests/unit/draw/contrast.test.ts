/**
 * Contrast of the map's own colours against the paper (WCAG 2.1: 4.5:1 for text, 3:1 for lines
 * and symbols, 1.4.11), so the map reads on a dim tablet and in a grey print.
 */
import { describe, expect, it } from 'vitest';
import { ECOGRAM_LINE, EMPTY_SECTOR_LABEL } from '../../../src/draw/ecogramBackground';
import { CONFLICT_COLOUR, STRESS_COLOUR } from '../../../src/draw/ties';
import { GHOST_COLOUR } from '../../../src/draw/diffMap';
import { INK, PAPER } from '../../../src/draw/symbols';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const paper = PAPER;

describe('the map colours against the paper', () => {
  it('computes the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
  });

  it('lines, ghosts and the strained and conflict ties are at least 3:1', () => {
    for (const [what, colour] of [['rings and rays', ECOGRAM_LINE], ['ghosts', GHOST_COLOUR], ['conflict', CONFLICT_COLOUR], ['belastend', STRESS_COLOUR], ['ink', INK]] as const) {
      expect(contrast(colour, paper), what).toBeGreaterThanOrEqual(3);
    }
  });

  it('the names of sectors, also of an empty one, are at least 4.5:1', () => {
    expect(contrast(EMPTY_SECTOR_LABEL, paper)).toBeGreaterThanOrEqual(4.5);
  });
});
