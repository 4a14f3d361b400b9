// @vitest-environment jsdom
/** Texts are centred with the embedded font's own metrics, not the browser's fonts. */
import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { PDF_FONT } from '../../../src/export/fontFamily';
import { anchorTexts, withSharedCanvas } from '../../../src/export/svgForPdf';

function pdfWithFonts(): jsPDF {
  const pdf = new jsPDF({ unit: 'pt' });
  for (const [face, file] of [['normal', 'DejaVuSans.ttf'], ['bold', 'DejaVuSans-Bold.ttf']] as const) {
    pdf.addFileToVFS(file, readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${file}`).toString('binary'));
    pdf.addFont(file, PDF_FONT, face, 'Identity-H');
  }
  return pdf;
}

const svg = (inner: string) =>
  new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`, 'image/svg+xml').documentElement;

describe('anchorTexts', () => {
  const pdf = pdfWithFonts();
  const width = (text: string, size: number, face: 'normal' | 'bold') => {
    pdf.setFont(PDF_FONT, face);
    return pdf.getStringUnitWidth(text) * size;
  };

  it('turns a centred text into a start-anchored one, half its embedded-font width to the left', () => {
    const el = svg('<text x="100" y="10" text-anchor="middle" font-size="10">Ngọc Trần</text>');
    anchorTexts(el, pdf);
    const text = el.querySelector('text')!;
    expect(text.getAttribute('text-anchor')).toBe('start');
    expect(Number(text.getAttribute('x'))).toBeCloseTo(100 - width('Ngọc Trần', 10, 'normal') / 2);
  });

  it('reads size, weight and anchor from the parents and measures bold text in the bold face', () => {
    const el = svg('<g font-size="20" text-anchor="end"><text x="0" font-weight="700">Şükriye</text></g>');
    anchorTexts(el, pdf);
    const x = Number(el.querySelector('text')!.getAttribute('x'));
    expect(x).toBeCloseTo(-width('Şükriye', 20, 'bold'));
    expect(width('Şükriye', 20, 'bold')).toBeGreaterThan(width('Şükriye', 20, 'normal'));
  });

  it('leaves start-anchored texts alone', () => {
    const el = svg('<text x="5" font-size="10">Bram &amp; Co &lt;b&gt;test&lt;/b&gt;</text>');
    anchorTexts(el, pdf);
    expect(el.querySelector('text')!.getAttribute('x')).toBe('5');
    expect(el.querySelector('text')!.textContent).toBe('Bram & Co <b>test</b>');
  });
});

describe('withSharedCanvas', () => {
  it('answers one canvas while the work runs, and puts document.createElement back', async () => {
    const original = document.createElement;
    const [a, b] = await withSharedCanvas(async () => [document.createElement('canvas'), document.createElement('canvas')]);
    expect(a).toBe(b);
    expect(document.createElement).toBe(original);
    expect(document.createElement('canvas')).not.toBe(a);
  });
});
