import { describe, expect, it } from 'vitest';
import { legend } from '../../../src/draw/legend';
import { ecogramBackground } from '../../../src/draw/ecogramBackground';
import { toSvgString } from '../../../src/draw/render';
import { ecogramGeometry, placeAt } from '../../../src/layout/netwerkkaart';
import { closenessLabels, sectorLabels } from '../../../src/i18n/labels';
import { legendText } from '../../../src/i18n/legend';
import {
  CONSENT_DECISIONS,
  PARENT_TYPES,
  PARTNER_STATUSES,
  SECTORS,
  TIE_QUALITIES,
  type Person,
  type Relation,
} from '../../../src/graph/schema';
import { markKinds } from '../../../src/draw/badges';
import { drawMap } from '../../../src/draw/map';
import type { SvgNode } from '../../../src/draw/svg';
import { docWith, person, pts } from '../canvas/fixtures';
import { allNodes, parts, texts } from './helpers';

const K = 'data-legend';
const items = (node: SvgNode) => allNodes(node).filter((n) => n.attrs?.class === 'legend-item');
const item = (node: SvgNode, key: string) => {
  const found = items(node).filter((n) => n.attrs?.[K] === key);
  expect(found, key).toHaveLength(1);
  return found[0]!;
};
const keysWith = (node: SvgNode, prefix: string) =>
  items(node).map((n) => String(n.attrs?.[K])).filter((k) => k.startsWith(prefix)).sort();

/** How a genogram line looks: its kind and stroke, and the marks across it (not where it runs). */
function lineLook(node: SvgNode) {
  const lines = allNodes(node).filter((n) => n.tag === 'polyline' && n.attrs?.['data-kind'] !== 'sibling-bar');
  const main = lines.find((n) => !['slash', 'cross'].includes(String(n.attrs?.['data-kind'])))!;
  return {
    kind: main.attrs!['data-kind'],
    dash: main.attrs!['stroke-dasharray'],
    width: main.attrs!['stroke-width'],
    slashes: lines.filter((n) => n.attrs?.['data-kind'] === 'slash').length,
    crosses: lines.filter((n) => n.attrs?.['data-kind'] === 'cross').length,
  };
}

/** How a tie looks: each stroke's part, colour, width and dashes, and its arrowheads. */
function tieLook(node: SvgNode) {
  return allNodes(node)
    .filter((n) => n.attrs?.['data-part'])
    .map((n) => [n.attrs!['data-part'], n.attrs!.stroke, n.attrs!['stroke-width'], n.attrs!['stroke-dasharray']].join('|'));
}

function genogramOf(people: Person[], relations: Relation[], at: Record<string, { x: number; y: number }>): SvgNode {
  const drawn = drawMap({ doc: docWith(people, relations), view: 'genogram', positions: pts(at) }).node;
  return allNodes(drawn).find((n) => n.attrs?.class === 'genogram-connectors')!;
}

const COUPLE_AT = { a: { x: 0, y: 0 }, b: { x: 120, y: 0 }, k: { x: 60, y: 200 } };

describe('legend', () => {
  it('has one sample per couple status, drawn as the map draws that couple', () => {
    const { node } = legend('genogram');
    expect(keysWith(node, 'couple:')).toEqual([...PARTNER_STATUSES.map((s) => `couple:${s}`), 'couple:none'].sort());
    for (const status of PARTNER_STATUSES) {
      const map = genogramOf([person('a'), person('b')], [{ id: 'r', kind: 'partner', from: 'a', to: 'b', status }], COUPLE_AT);
      expect(lineLook(item(node, `couple:${status}`)), status).toEqual(lineLook(map));
      expect(texts(item(node, `couple:${status}`))).toContain(legendText.couples[status]);
    }
    // Two parents never entered as partners: drawn in a style of their own, not as "Relatie".
    const parents = genogramOf(
      [person('a'), person('b'), person('k')],
      [{ id: 'p1', kind: 'parent', from: 'a', to: 'k', type: 'biological' }, { id: 'p2', kind: 'parent', from: 'b', to: 'k', type: 'biological' }],
      COUPLE_AT,
    );
    const couple = allNodes(parents).filter((n) => n.attrs?.['data-kind'] === 'couple');
    const none = lineLook(item(node, 'couple:none'));
    expect({ dash: couple[0]!.attrs!['stroke-dasharray'], width: couple[0]!.attrs!['stroke-width'] }).toEqual({ dash: none.dash, width: none.width });
    expect(none).not.toEqual(lineLook(item(node, 'couple:relationship')));
  });

  it('has one sample per child type, drawn as the map draws that child line', () => {
    const { node } = legend('genogram');
    expect(keysWith(node, 'child:')).toEqual(PARENT_TYPES.map((t) => `child:${t}`).sort());
    const looks = new Set<string>();
    for (const type of PARENT_TYPES) {
      const relations: Relation[] = [
        { id: 'r', kind: 'partner', from: 'a', to: 'b', status: 'married' },
        { id: 'p1', kind: 'parent', from: 'a', to: 'k', type },
        ...(type === 'step' ? [] : [{ id: 'p2', kind: 'parent' as const, from: 'b', to: 'k', type }]),
      ];
      const map = genogramOf([person('a'), person('b'), person('k')], relations, COUPLE_AT);
      const line = allNodes(map).filter((n) => n.attrs?.['data-kind'] === (type === 'step' ? 'step' : 'child'));
      expect(line, type).toHaveLength(1);
      const sample = lineLook(item(node, `child:${type}`));
      expect({ kind: sample.kind, dash: sample.dash, width: sample.width }).toEqual({
        kind: line[0]!.attrs!['data-kind'],
        dash: line[0]!.attrs!['stroke-dasharray'],
        width: line[0]!.attrs!['stroke-width'],
      });
      looks.add(JSON.stringify(sample));
    }
    expect(looks.size).toBe(PARENT_TYPES.length);
  });

  it('has one sample per tie quality, drawn as the map draws that tie, in both views that show ties', () => {
    for (const drawing of [legend('netwerkkaart'), legend('genogram', { ties: true })]) {
      const { node } = drawing;
      expect(keysWith(node, 'tie:')).toEqual(TIE_QUALITIES.map((q) => `tie:${q}`).sort());
      for (const quality of TIE_QUALITIES) {
        const doc = docWith([person('a'), person('b')], [{ id: 't', kind: 'tie', from: 'a', to: 'b', quality, flow: 'none' }]);
        const map = drawMap({ doc, view: 'netwerkkaart', positions: pts({ a: { x: 0, y: 0 }, b: { x: 200, y: 0 } }) }).node;
        const tie = allNodes(map).find((n) => n.attrs?.class === 'tie')!;
        expect(tieLook(item(node, `tie:${quality}`)), quality).toEqual(tieLook(tie));
        expect(texts(item(node, `tie:${quality}`))).toContain(legendText.ties[quality]);
      }
    }
  });

  it('explains the ties in the genogram only when the genogram shows them', () => {
    const without = legend('genogram');
    expect(keysWith(without.node, 'tie:')).toEqual([]);
    expect(keysWith(without.node, 'flow:')).toEqual([]);
    expect(texts(without.node)).not.toContain(legendText.sections.ties);
    const withTies = legend('genogram', { ties: true });
    for (const q of TIE_QUALITIES) expect(texts(withTies.node)).toContain(legendText.ties[q]);
    expect(parts(withTies.node, 'arrow').length).toBe(3);
    // The couples and children stay.
    expect(keysWith(withTies.node, 'couple:')).toHaveLength(PARTNER_STATUSES.length + 1);
  });

  it('explains nothing the map cannot draw: no emotional lines', () => {
    for (const d of [legend('genogram'), legend('genogram', { ties: true }), legend('netwerkkaart')]) {
      expect(texts(d.node).join(' ')).not.toMatch(/Emotionele band|Hecht|Afstandelijk/);
      expect(allNodes(d.node).some((n) => n.attrs?.class === 'emotional-line')).toBe(false);
    }
  });

  it('explains the step marks: all of them by default, only those on the map when told', () => {
    const all = legend('netwerkkaart');
    for (const l of ['P', 'G', 'A', 'E', 'A1']) expect(texts(all.node)).toContain(l);
    // The map marks only decisions, so the legend explains those two.
    expect(keysWith(all.node, 'consent:')).toEqual(CONSENT_DECISIONS.filter((d) => d !== 'undecided').map((d) => `consent:${d}`).sort());
    expect(allNodes(all.node).filter((n) => n.attrs?.class === 'consent-mark')).toHaveLength(2);
    expect(keysWith(all.node, 'need')).toEqual(['need']);
    expect(keysWith(all.node, 'open-needs')).toEqual(['open-needs']);
    expect(texts(all.node)).toContain('nog niemand: 2');
    const kinds = markKinds([{ support: ['advice'], overloaded: false }, { support: [], overloaded: false, agreements: [] }]);
    const some = legend('genogram', { marks: kinds });
    expect(keysWith(some.node, 'support:')).toHaveLength(4);
    expect(keysWith(some.node, 'consent:')).toEqual([]);
    expect(keysWith(some.node, 'overloaded')).toEqual([]);
    expect(keysWith(some.node, 'agreement')).toEqual([]);
    expect(keysWith(some.node, 'open-needs')).toEqual([]);
    const none = legend('netwerkkaart', { marks: new Set() });
    expect(texts(none.node)).not.toContain(legendText.sections.support);
    expect(texts(none.node)).toContain(legendText.people.professional);
  });

  it('fits its content inside its width and height', () => {
    for (const { node, width, height } of [legend('netwerkkaart'), legend('genogram', { ties: true }), legend('genogram')]) {
      expect(width).toBeGreaterThan(100);
      expect(height).toBeGreaterThan(100);
      for (const n of allNodes(node)) {
        const m = /translate\(([\d.]+) ([\d.]+)\)/.exec(String(n.attrs?.transform ?? ''));
        if (m) {
          expect(Number(m[1])).toBeLessThan(width);
          expect(Number(m[2])).toBeLessThan(height);
        }
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
