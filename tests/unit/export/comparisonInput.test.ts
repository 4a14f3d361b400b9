/**
 * The comparison the PDF prints (comparisonInput): the two moments, scoped like the rest of the
 * PDF, the lines (the family's first) and the three drawings. A network member's version is
 * filtered before diffing, so nothing of a topic she may not know or of a strained contact
 * between others is anywhere in it — not in the lines, not in the drawings.
 */
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { ComparisonError, comparisonInput } from '../../../src/export/comparisonInput';
import { toSvgString } from '../../../src/draw/render';
import { parseCase } from '../../../src/graph/parse';
import type { CaseDocument } from '../../../src/graph/schema';
import { VALID } from '../../fixtures';

const NOW = new Date('2026-12-04T10:00:00Z');
const elk = new ELK();

function fixture(): CaseDocument {
  const read = parseCase(readFileSync(VALID.snapshotFamily, 'utf8'));
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}

/** Everything the pages will print, as text: lines and the drawings' SVG. */
const printed = (c: Awaited<ReturnType<typeof comparisonInput>>) =>
  [c.fromLabel, c.toLabel, c.thenCaption, c.nowCaption, ...c.familyLines, ...c.groups.flatMap((g) => [g.title, ...g.lines]), toSvgString(c.then.node), toSvgString(c.now.node), toSvgString(c.diff.node), toSvgString(c.trend.node)].join('\n');

describe('comparisonInput', () => {
  it('for the file: who joined, who left, the changed tie and the topic decision, the family lines first', async () => {
    const c = await comparisonInput(fixture(), {}, { from: 'snap-start', to: 'now', view: 'netwerkkaart' }, elk, NOW);
    expect(c.fromLabel).toBe('Na eerste gesprek (15 september 2026)');
    expect(c.toLabel).toBe('Nu (4 december 2026)');
    expect(c.familyLines[0]).toBe('Nu gedekt: "Vervoer naar voetbal", door Trainer Kees.');
    const lines = c.groups.flatMap((g) => g.lines).join('\n');
    expect(lines).toContain('Trainer Kees');
    expect(lines).toContain('Buurvrouw Ans');
    expect(lines).toContain('Oma Riet – Sam: van belastend naar sterk');
    expect(lines).toContain('Schoolwissel');
    expect(toSvgString(c.diff.node)).toContain('Buurvrouw Ans: weg');
    expect(toSvgString(c.then.node)).toContain('Buurvrouw');
    expect(toSvgString(c.now.node)).not.toContain('Buurvrouw');
    // The trend over the snapshot and now, each moment named.
    expect(toSvgString(c.trend.node)).toMatch(/>Na eerst/);
    expect(toSvgString(c.trend.node)).toMatch(/>Nu</);
  });

  it("for Mama Linda: no topic she may not know, no strained contact between others, the snapshot by its date only", async () => {
    const c = await comparisonInput(fixture(), { recipientId: 'p-linda' }, { from: 'snap-start', to: 'now', view: 'netwerkkaart' }, elk, NOW);
    const all = printed(c);
    expect(all).toContain('Trainer Kees');
    expect(all).toContain('Buurvrouw Ans: weg');
    expect(all).not.toContain('Schoolwissel');
    expect(all).not.toContain('belastend');
    expect(all).not.toContain('Na eerste gesprek');
    expect(c.fromLabel).toBe('momentopname van 15 september 2026');
  });

  it('the genogram works too (ELK for the moments without frozen genogram positions)', async () => {
    const c = await comparisonInput(fixture(), {}, { from: 'snap-start', to: 'now', view: 'genogram' }, elk, NOW);
    expect(c.view).toBe('genogram');
    expect(c.diff.people.length).toBeGreaterThan(0);
  });

  it('initials mask the names in the lines and on the drawings', async () => {
    const c = await comparisonInput(fixture(), { initials: true }, { from: 'snap-start', to: 'now', view: 'netwerkkaart' }, elk, NOW);
    const all = printed(c);
    // A role word before the name stays readable (recipient.ts): "Trainer K.".
    expect(all).not.toContain('Kees');
    expect(all).toContain('Trainer K.');
  });

  it('a snapshot that no longer exists, or a member not in the case, is refused in Dutch', async () => {
    await expect(comparisonInput(fixture(), {}, { from: 'weg', to: 'now', view: 'netwerkkaart' }, elk, NOW)).rejects.toBeInstanceOf(ComparisonError);
    await expect(comparisonInput(fixture(), { recipientId: 'p-ans' }, { from: 'snap-start', to: 'now', view: 'netwerkkaart' }, elk, NOW)).rejects.toThrow(/netwerklid/);
  });
});
