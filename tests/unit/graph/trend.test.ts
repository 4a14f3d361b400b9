/** The trend figures over all snapshots and now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trend } from '../../../src/graph/diff';
import { parseCase } from '../../../src/graph/parse';
import { VALID } from '../../fixtures';
import { caseWith, person } from './helpers';

describe('trend', () => {
  it('counts people per sector and ring, offers by professionals and network, open and covered needs', () => {
    const read = parseCase(readFileSync(VALID.snapshotFamily, 'utf8'));
    if (!read.ok) throw new Error(read.error.code);
    const doc = read.value;
    const snap = doc.snapshots[0]!;
    const points = trend([
      { label: 'Nu', at: '2026-12-01T00:00:00Z', data: doc },
      { label: snap.label, at: snap.takenAt, data: snap.data },
    ]);
    expect(points.map((p) => p.label)).toEqual(['Na eerste gesprek', 'Nu']);
    const [then, now] = points;
    expect(then!.people).toBe(5);
    expect(then!.bySector).toMatchObject({ household: 2, family: 1, neighbourhood: 1, professional: 1, leisure: 0 });
    expect(then!.byRing).toEqual([1, 1, 2]); // Sam is in the centre, not in a ring
    expect(now!.byRing).toEqual([1, 3, 0]);
    expect(then!.offers).toEqual({ professional: 2, informal: 0, unknown: 0 });
    expect(now!.offers).toEqual({ professional: 1, informal: 2, unknown: 0 });
    expect(then!.needs).toEqual({ open: 1, covered: 1 });
    expect(now!.needs).toEqual({ open: 0, covered: 2 });
  });

  it('keeps moments of the same date in their order, and handles an empty case', () => {
    const empty = caseWith([]);
    const one = caseWith([person('a', { focus: true })]);
    const points = trend([
      { label: 'b', at: '2026-01-01', data: one },
      { label: 'a', at: '2026-01-01', data: empty },
    ]);
    expect(points.map((p) => p.label)).toEqual(['b', 'a']);
    expect(points[1]).toMatchObject({ people: 0, byRing: [0, 0, 0], needs: { open: 0, covered: 0 } });
  });
});

describe('the trend chart', () => {
  it('draws a bar with its number per series and moment, and names every series in words', async () => {
    const { drawTrend } = await import('../../../src/draw/trendChart');
    const { trendWords } = await import('../../../src/i18n/snapshots');
    const { toSvgString } = await import('../../../src/draw/render');
    const one = caseWith([person('a', { focus: true }), person('b', { sector: 'professional' })], [], {
      offers: [{ id: 'o1', by: 'b', type: 'practical', text: 'x' }],
    });
    const chart = drawTrend(trend([{ label: 'Begin <b>', at: '2026-01-01', data: one }, { label: 'Nu', at: '2026-02-01', data: one }]), trendWords);
    const svg = toSvgString(chart.node);
    for (const word of ['eigen netwerk', 'professionals', 'gedekt', 'open', 'ring 1', 'Begin &lt;b&gt;', 'Nu']) expect(svg).toContain(word);
    expect(svg).not.toMatch(/<pattern|<marker|foreignObject/);
    expect(chart.width).toBeGreaterThanOrEqual(300);
  });

  it("keeps the tallest bar's number clear of the panel's title", async () => {
    const { drawTrend } = await import('../../../src/draw/trendChart');
    const { trendWords } = await import('../../../src/i18n/snapshots');
    const one = caseWith([person('a', { focus: true }), person('b', { sector: 'professional' })], [], {
      offers: [{ id: 'o1', by: 'b', type: 'practical', text: 'x' }],
    });
    const chart = drawTrend(trend([{ label: 'Nu', at: '2026-02-01', data: one }]), trendWords);
    for (const panel of chart.node.children!.filter((c) => typeof c !== 'string' && c.attrs?.['data-part'] === 'trend-panel')) {
      const texts = (panel as { children: Array<{ tag: string; attrs: Record<string, number | string>; children: string[] }> }).children.filter((c) => c.tag === 'text');
      const title = texts[0]!;
      // Every number (font 10) has its top at least 4 units below the title's baseline.
      for (const t of texts.filter((c) => /^\d+$/.test(c.children[0]!))) expect(Number(t.attrs.y) - 10).toBeGreaterThanOrEqual(Number(title.attrs.y) + 4);
    }
  });
});
