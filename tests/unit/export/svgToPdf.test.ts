/**
 * drawSvgNode writes the drawing into a real jsPDF document; poppler's pdftotext and pdffonts
 * read it back: every name is text in the embedded font (also inside transformed groups),
 * family text stays text, a faded group is faded, and the italic face is embedded when used.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { el } from '../../../src/draw/svg';
import { PDF_FONT } from '../../../src/export/fontFamily';
import { drawSvgNode } from '../../../src/export/svgToPdf';

const dir = mkdtempSync(join(tmpdir(), 'svgtopdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfWithFonts(compress: boolean): jsPDF {
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape', compress, putOnlyUsedFonts: true });
  for (const [face, file] of [['normal', 'DejaVuSans.ttf'], ['bold', 'DejaVuSans-Bold.ttf'], ['italic', 'DejaVuSans-Oblique.ttf']] as const) {
    pdf.addFileToVFS(file, readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${file}`).toString('binary'));
    pdf.addFont(file, PDF_FONT, face, 'Identity-H');
  }
  pdf.setFont(PDF_FONT, 'normal');
  return pdf;
}

function saved(pdf: jsPDF, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(pdf.output('arraybuffer')));
  return file;
}

const drawing = el('g', {}, [
  el('rect', { x: 0, y: 0, width: 400, height: 200, fill: '#ffffff', stroke: '#1a1a1a', rx: 4 }),
  el('g', { transform: 'translate(100 50)' }, [
    el('circle', { r: 20, fill: 'none', stroke: '#1a1a1a', 'stroke-dasharray': '4 2' }),
    el('text', { y: 40, 'text-anchor': 'middle', 'font-size': 12 }, ['Şükriye Öztürk']),
  ]),
  el('g', { transform: 'translate(250 50) scale(0.5)', opacity: 0.35 }, [
    el('text', { y: 40, 'font-size': 24, 'font-weight': 'bold' }, ['Ngọc Trần']),
  ]),
  el('g', { transform: 'translate(300 150) rotate(-30)' }, [el('text', { 'font-style': 'italic', 'font-size': 10 }, ['Małgorzata Wiśniewska'])]),
  el('text', { x: 10, y: 190, 'font-size': 10 }, ['Bram & Co <b>test</b>']),
  el('text', { x: 200, y: 190, 'font-size': 10 }, ['Anna \u{1F600} Jansen']),
  el('path', { d: 'M10 10 A20 20 0 0 1 50 10', fill: 'none', stroke: '#c62828' }),
]);

describe('drawSvgNode', () => {
  it('every name is searchable text, hostile text prints as written, and the italic face is embedded', () => {
    const pdf = pdfWithFonts(true);
    drawSvgNode(pdf, drawing, { x: 0, y: 0, width: 400, height: 200 }, { x: 40, y: 60, width: 760, height: 380 });
    const file = saved(pdf, 'names.pdf');
    // -raw: in the content's order, so the turned text is read as one line too.
    const text = execFileSync('pdftotext', ['-raw', file, '-']).toString();
    for (const name of ['Şükriye Öztürk', 'Ngọc Trần', 'Małgorzata Wiśniewska', 'Bram & Co <b>test</b>']) expect(text).toContain(name);
    // A character the font lacks is a replacement mark, and the rest of the name still prints.
    expect(text).toContain('Anna \ufffd Jansen');
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts.match(/DejaVu Sans\s+CID TrueType\s+Identity-H\s+yes/g)).toHaveLength(3);
    // Poppler reads it without complaint (an unknown font or operator is reported on stderr).
    const errors = execFileSync('pdftoppm', ['-r', '20', '-png', file, join(dir, 'page')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(errors).toBe('');
  });

  it('groups keep their local numbers inside q … cm … Q, faded groups get a graphics state, and the page is opaque after', () => {
    const pdf = pdfWithFonts(false);
    drawSvgNode(pdf, drawing, { x: 0, y: 0, width: 400, height: 200 }, { x: 40, y: 60, width: 760, height: 380 });
    pdf.rect(0, 0, 10, 10, 'F');
    const whole = pdf.output();
    // The page's content stream (the font files are streams too).
    const content = [...whole.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => m[1]!).find((st) => st.includes(' cm'))!;
    expect(content).toContain('q 1 0 0 1 100 50 cm');
    expect(whole.includes('/ca 0.35')).toBe(true);
    expect(content.match(/^q /gm)).toHaveLength(4);
    expect(content.match(/^Q$/gm)).toHaveLength(4);
    // After the drawing jsPDF's own rectangle is painted opaque again.
    const end = content.lastIndexOf('\nQ\n');
    expect(content.slice(0, end)).toMatch(/\/GS1 gs/);
    expect(content.slice(end)).toMatch(/\/GS2 gs[\s\S]* re\s+f/);
    // (Booleans: a failing match on the whole file would print the font files.)
    expect(/\/ca 1\b/.test(whole)).toBe(true);
  });
});
