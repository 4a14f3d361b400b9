import { describe, expect, it } from 'vitest';
import { legend } from '../../../src/draw/legend';
import { ecogramBackground } from '../../../src/draw/ecogramBackground';
import { toSvgString } from '../../../src/draw/render';
import { ecogramGeometry, placeAt } from '../../../src/layout/netwerkkaart';
import { closenessLabels, sectorLabels } from '../../../src/i18n/labels';
import { legendText } from '../../../src/i18n/legend';
import { SECTORS, type Person } from '../../../src/graph/schema';
import { allNodes, parts, texts } from './helpers';

describe('legend', () => {
  it('explains the genogram: symbols, couple and child lines, emotional lines', () => {
    const { node, width, height } = legend('genogram');
    const t = texts(node);
    for (const s of Object.values(legendText.couples)) expect(t).toContain(s);
    for (const s of Object.values(legendText.children)) expect(t).toContain(s);
    expect(t).toContain(legendText.people.focus);
    expect(t).not.toContain(legendText.ties.strong);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
    // Samples use the real connector drawing: the adoptive child line is dashed.
    const dashed = allNodes(node).filter((n) => n.tag === 'polyline' && n.attrs?.['stroke-dasharray']);
    expect(dashed.length).toBeGreaterThanOrEqual(3);
  });

  it('explains the netwerkkaart: tie qualities, arrows, P/G/A/E, professionals, consent', () => {
    const { node } = legend('netwerkkaart');
    const t = texts(node);
    for (const s of Object.values(legendText.ties)) expect(t).toContain(s);
    for (const l of ['P', 'G', 'A', 'E']) expect(t).toContain(l);
    expect(t).toContain(legendText.people.professional);
    expect(parts(node, 'arrow').length).toBe(3);
    expect(allNodes(node).filter((n) => n.attrs?.class === 'consent-mark')).toHaveLength(3);
  });

  it('fits its content inside its width and height', () => {
    const { node, width, height } = legend('netwerkkaart');
    for (const n of allNodes(node)) {
      const m = /translate\(([\d.]+) ([\d.]+)\)/.exec(String(n.attrs?.transform ?? ''));
      if (m) {
        expect(Number(m[1])).toBeLessThan(width);
        expect(Number(m[2])).toBeLessThan(height);
      }
    }
  });
});

describe('ecogramBackground', () => {
  const people: Person[] = [
    { id: 'f', name: 'F', gender: 'male', sector: 'household', closeness: 1, focus: true },
    { id: 'a', name: 'A', gender: 'male', sector: 'friends', closeness: 2 },
  ];

  it('labels all nine sectors and the three rings', () => {
    const bg = ecogramBackground(ecogramGeometry({ people }));
    const t = texts(bg);
    for (const s of SECTORS) expect(t).toContain(sectorLabels[s]);
    for (const c of [1, 2, 3] as const) expect(t).toContain(closenessLabels[c]);
    expect(parts(bg, 'ring')).toHaveLength(3);
    expect(toSvgString(bg)).toContain('class="ecogram-background"');
  });

  it('shades the highlighted cell, and the shaded path lies in that cell', () => {
    const geom = ecogramGeometry({ people });
    const [shade] = parts(ecogramBackground(geom, { highlight: { sector: 'faith', closeness: 2 } }), 'highlight');
    const first = /M(-?[\d.]+) (-?[\d.]+)/.exec(String(shade!.attrs!.d))!;
    // The first point is the outer corner at the wedge's start; nudge it inwards to test it.
    const p = { x: Number(first[1]) * 0.99, y: Number(first[2]) * 0.99 };
    expect(placeAt(geom, p)?.closeness).toBe(2);
  });
});
