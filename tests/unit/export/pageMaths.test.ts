/** The page maths of the PDF: fit, the legend's share, tiles with overlap, and the 14,400 cap. */
import { describe, expect, it } from 'vitest';
import {
  JSPDF_MAX_UNITS,
  MIN_NAME_PT,
  TILE_OVERLAP_MIN_PT,
  contentArea,
  fitScale,
  pageSize,
  planMap,
  splitForLegend,
  type Box,
} from '../../../src/export/pageMaths';

const A4_LANDSCAPE = pageSize('a4', 'landscape');
const area = contentArea(A4_LANDSCAPE);

describe('pageSize and contentArea', () => {
  it('gives A4 and A3 in points, turned for landscape, all under the jsPDF cap', () => {
    expect(pageSize('a4', 'portrait').width).toBeCloseTo(595.28);
    expect(A4_LANDSCAPE.width).toBeCloseTo(841.89);
    expect(pageSize('a3', 'landscape').width).toBeCloseTo(1190.55);
    for (const paper of ['a4', 'a3'] as const)
      for (const o of ['landscape', 'portrait'] as const) {
        const s = pageSize(paper, o);
        expect(Math.max(s.width, s.height)).toBeLessThan(JSPDF_MAX_UNITS);
      }
  });
  it('leaves room for the header and the footer', () => {
    expect(area.y).toBeGreaterThan(40);
    expect(area.y + area.height).toBeLessThan(A4_LANDSCAPE.height - 20);
  });
});

describe('fitScale', () => {
  it('is the smaller of the two ratios, so both sides fit', () => {
    expect(fitScale({ width: 200, height: 100 }, { width: 100, height: 100 })).toBe(0.5);
    expect(fitScale({ width: 100, height: 400 }, { width: 100, height: 100 })).toBe(0.25);
    expect(fitScale({ width: 10, height: 10 }, { width: 100, height: 50 })).toBe(5);
  });
});

describe('splitForLegend', () => {
  it('puts the legend in a right-hand column on landscape and a bottom band on portrait, never over the map', () => {
    const l = splitForLegend(area, { width: 300, height: 400 }, 'landscape');
    expect(l.legend.x).toBeGreaterThanOrEqual(l.map.x + l.map.width);
    expect(l.legend.width).toBeLessThanOrEqual(area.width * 0.3 + 1e-9);
    expect(l.legend.height).toBeLessThanOrEqual(area.height + 1e-9);
    const portrait = contentArea(pageSize('a4', 'portrait'));
    const p = splitForLegend(portrait, { width: 600, height: 300 }, 'portrait');
    expect(p.legend.y).toBeGreaterThanOrEqual(p.map.y + p.map.height);
    expect(p.legend.width).toBeLessThanOrEqual(portrait.width + 1e-9);
    expect(p.legendScale).toBeLessThanOrEqual(1);
  });
});

describe('planMap', () => {
  const fontSize = 11;
  it('keeps a small map on one page, scaled to fit', () => {
    const plan = planMap({ x: -50, y: 0, width: 800, height: 400 }, area, area, fontSize);
    expect(plan.tiles).toEqual([]);
    expect(plan.scale).toBeCloseTo(fitScale({ width: 800, height: 400 }, area));
    expect(fontSize * plan.scale).toBeGreaterThanOrEqual(MIN_NAME_PT);
  });

  it('splits a map whose names would print under 6 pt into tiles that cover it, overlap and read at 6 pt', () => {
    const drawing: Box = { x: -100, y: 20, width: 9000, height: 2500 };
    const plan = planMap(drawing, area, area, fontSize);
    expect(fontSize * plan.scale).toBeLessThan(MIN_NAME_PT);
    expect(plan.tiles.length).toBe(plan.rows * plan.columns);
    expect(plan.columns).toBeGreaterThan(1);
    expect(fontSize * plan.tileScale).toBeCloseTo(MIN_NAME_PT);
    // Every tile fits the page area at the tile scale.
    for (const t of plan.tiles) {
      expect(t.source.width * plan.tileScale).toBeLessThanOrEqual(area.width + 1e-6);
      expect(t.source.height * plan.tileScale).toBeLessThanOrEqual(area.height + 1e-6);
    }
    // Together they cover the drawing edge to edge, neighbours overlapping by at least the minimum.
    const row0 = plan.tiles.filter((t) => t.row === 0);
    expect(row0[0]!.source.x).toBeCloseTo(drawing.x);
    const last = row0[row0.length - 1]!;
    expect(last.source.x + last.source.width).toBeCloseTo(drawing.x + drawing.width);
    for (let i = 1; i < row0.length; i++) {
      const overlap = row0[i - 1]!.source.x + row0[i - 1]!.source.width - row0[i]!.source.x;
      expect(overlap * plan.tileScale).toBeGreaterThanOrEqual(TILE_OVERLAP_MIN_PT - 1e-6);
    }
    const col0 = plan.tiles.filter((t) => t.column === 0);
    const bottom = col0[col0.length - 1]!;
    expect(bottom.source.y + bottom.source.height).toBeCloseTo(drawing.y + drawing.height);
    // Numbered 1..n in reading order.
    expect(plan.tiles.map((t) => t.number)).toEqual(plan.tiles.map((_, i) => i + 1));
  });

  it('uses one row when the map is wide but low', () => {
    const plan = planMap({ x: 0, y: 0, width: 20000, height: 300 }, area, area, fontSize);
    expect(plan.rows).toBe(1);
    expect(plan.tiles[0]!.source.height).toBe(300);
  });

  it('never asks for a page over 14,400 units, however large the map: it adds tiles instead', () => {
    const plan = planMap({ x: 0, y: 0, width: 60_000, height: 40_000 }, area, area, fontSize);
    expect(plan.tiles.length).toBeGreaterThan(100);
    for (const t of plan.tiles) expect(t.source.width * plan.tileScale).toBeLessThan(JSPDF_MAX_UNITS);
  });
});

describe('planMap with a page of its own for tiles', () => {
  it('prints a map that is too small beside the legend but readable on its own page as overview + one tile', () => {
    const small = { width: 400, height: 300 };
    const big = { width: 800, height: 500 };
    const plan = planMap({ x: 0, y: 0, width: 1100, height: 500 }, small, big, 11);
    expect(plan.tiles.length).toBe(1);
    expect(11 * plan.tileScale).toBeGreaterThanOrEqual(MIN_NAME_PT);
  });
});
