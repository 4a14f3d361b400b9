/** The PDF's tables as rows of text, from the scoped document. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_KEYS, buildTables } from '../../../src/export/tables';
import { parseCase } from '../../../src/graph/parse';
import { scopeForExport } from '../../../src/graph/queries';
import { VALID } from '../../fixtures';

const parsed = parseCase(readFileSync(VALID.pdfExport, 'utf8'));
if (!parsed.ok) throw new Error('fixture');
const doc = parsed.value;
const cells = (t: { rows: { cells: string[] }[] }) => t.rows.flatMap((r) => r.cells).join('|');

describe('buildTables', () => {
  it('makes only the tables asked for, in the order of the steps', () => {
    expect(buildTables(doc, ['meetings', 'people']).map((t) => t.key)).toEqual(['meetings', 'people']);
    expect(buildTables(doc, TABLE_KEYS).map((t) => t.title)).toEqual([
      'Personen', 'Behoeften en wie ze dekt', 'Steun per persoon', 'Krachten', 'Onderwerpen en wie ze mag weten', 'Afspraken', 'Contactmomenten',
    ]);
  });

  it('every row has a cell per column and the widths add up to the page', () => {
    for (const t of buildTables(doc, TABLE_KEYS)) {
      expect(t.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(1);
      for (const r of t.rows) expect(r.cells.length).toBe(t.columns.length);
    }
  });

  it('marks the open need and names who covers the others', () => {
    const [needs] = buildTables(doc, ['needs']);
    const open = needs!.rows.filter((r) => r.emphasis);
    expect(open.map((r) => r.cells[1])).toEqual(['Hulp bij huiswerk wiskunde']);
    expect(cells(needs!)).toContain('Małgorzata Wiśniewska: Rijdt op zaterdag naar voetbal');
  });

  it('keeps family text as it was typed, markup and all', () => {
    expect(cells(buildTables(doc, ['people'])[0]!)).toContain('Bram & Co <b>test</b>');
  });

  it('for a recipient, the topics table shows only their own decisions, not a count of other people', () => {
    const scoped = scopeForExport(doc, { recipientId: 'p-malgorzata' })!;
    const [topics] = buildTables(scoped.doc, ['topics'], true);
    expect(topics!.columns.map((c) => c.header)).toEqual(['Onderwerp', 'Mag weten']);
    expect(cells(topics!)).not.toContain('Geldzorgen');
    expect(cells(topics!)).toContain('Schoolwisseling na de zomer');
  });

  it('sorts meetings by date and writes the dates in Dutch', () => {
    const [meetings] = buildTables(doc, ['meetings']);
    expect(meetings!.rows.map((r) => r.cells[0])).toEqual(['20 november 2026', '27 november 2026']);
  });
});
