/** Sector names step aside for a person near the rim whose name hangs over the circle's edge. */
import { describe, expect, it } from 'vitest';
import { createDemoCase } from '../../../src/graph/demo';
import { ecogramBox, sectorLabelAngles } from '../../../src/draw/ecogramBackground';
import { netwerkkaartView } from '../../../src/layout/netwerkkaartView';
import { polar } from '../../../src/layout/netwerkkaart';

const { geometry } = netwerkkaartView(createDemoCase(new Date('2026-11-28T10:00:00Z')));
const mid = (s: string) => {
  const w = geometry.sectors.find((x) => x.sector === s)!;
  return (w.startAngle + w.endAngle) / 2;
};

describe('sectorLabelAngles', () => {
  it('puts every name in the middle of its wedge when nobody is near the rim', () => {
    const angles = sectorLabelAngles(geometry, [geometry.centre]);
    for (const w of geometry.sectors) expect(angles.get(w.sector)).toBeCloseTo((w.startAngle + w.endAngle) / 2, 9);
  });

  it('moves a name off a rim person at the middle of its wedge, staying inside the wedge', () => {
    // Find a wedge at the bottom of the circle (where names hang over the rim) and put someone there.
    const bottom = geometry.sectors.reduce((a, b) => (Math.cos(mid(a.sector)) < Math.cos(mid(b.sector)) ? a : b));
    const person = polar(geometry.centre, mid(bottom.sector), geometry.ringRadii[2] - 40);
    const angle = sectorLabelAngles(geometry, [person]).get(bottom.sector)!;
    expect(angle).not.toBeCloseTo(mid(bottom.sector), 3);
    expect(angle).toBeGreaterThan(bottom.startAngle);
    expect(angle).toBeLessThan(bottom.endAngle);
  });

  it('is what the fitted box measures', () => {
    const person = polar(geometry.centre, mid('neighbourhood'), geometry.ringRadii[2] - 40);
    const box = ecogramBox(geometry, sectorLabelAngles(geometry, [person]));
    const r = geometry.ringRadii[2];
    expect(box.minY).toBeLessThan(geometry.centre.y - r);
    expect(box.maxY).toBeGreaterThan(geometry.centre.y + r);
  });
});
