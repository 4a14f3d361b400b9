/**
 * A face is parsed once per session and every PDF keeps its own record of what it used: the
 * second PDF's subset and ToUnicode map hold its own letters, not the first one's, and both
 * read back as their own text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { installFontCache } from '../../../src/export/fontCache';

const dir = mkdtempSync(join(tmpdir(), 'fontcache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TTF = readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf').toString('binary');

interface Metadata {
  toUnicode: Record<number, number>;
  glyIdsUsed: number[];
}

function pdfWith(text: string): { pdf: jsPDF; metadata: Metadata } {
  const pdf = new jsPDF({ unit: 'pt', putOnlyUsedFonts: true });
  pdf.addFileToVFS('DejaVuSans.ttf', TTF);
  pdf.addFont('DejaVuSans.ttf', 'DejaVu Sans', 'normal', 'Identity-H');
  pdf.setFont('DejaVu Sans', 'normal');
  pdf.text(text, 40, 60);
  const metadata = (pdf as unknown as { getFont(): { metadata: Metadata } }).getFont().metadata;
  return { pdf, metadata };
}

describe('installFontCache', () => {
  it('parses a face once and keeps each PDF\'s own glyphs', () => {
    installFontCache();
    const ttf = (jsPDF.API as unknown as { TTFFont: { open(f: Uint8Array): unknown } }).TTFFont;
    const first = pdfWith('Ωmega Şükriye');
    const spy = vi.spyOn(ttf, 'open');
    const second = pdfWith('Ngọc Trần');
    // The cached open is called, but it does not parse again (the original is bound inside).
    expect(spy).toHaveBeenCalledTimes(1);
    expect((second.metadata as unknown as { cmap: unknown }).cmap).toBe((first.metadata as unknown as { cmap: unknown }).cmap);
    const codes = (m: Metadata) => Object.values(m.toUnicode).map((c) => String.fromCharCode(c)).join('');
    expect(codes(first.metadata)).toContain('Ω');
    expect(codes(second.metadata)).not.toContain('Ω');
    expect(codes(second.metadata)).toContain('ọ');
    for (const [name, { pdf }, want] of [['a', first, 'Ωmega Şükriye'], ['b', second, 'Ngọc Trần']] as const) {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, Buffer.from(pdf.output('arraybuffer')));
      expect(execFileSync('pdftotext', [file, '-']).toString()).toContain(want);
    }
    spy.mockRestore();
  });
});
