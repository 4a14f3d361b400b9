/**
 * Two things svg2pdf.js gets wrong for this drawing, put right around each conversion:
 *
 * - It centres a text (text-anchor middle/end) by measuring it with the browser's fonts, but the
 *   PDF prints it in the embedded DejaVu Sans: on a computer without DejaVu installed every name
 *   would sit off-centre. anchorTexts measures with jsPDF's metrics of the embedded face instead
 *   and turns each anchored text into a start-anchored one at the right x.
 * - It creates a new canvas for every text it measures (twice per text); for a 250-person map
 *   that was most of the export's time. withSharedCanvas hands it one canvas while it runs.
 */
import type { jsPDF } from 'jspdf';
import { PDF_FONT } from './fontFamily';

export function anchorTexts(svg: Element, pdf: jsPDF): void {
  const faces = pdf.getFontList()[PDF_FONT] ?? [];
  for (const text of Array.from(svg.querySelectorAll('text'))) {
    const anchor = inherited(text, 'text-anchor');
    if (anchor !== 'middle' && anchor !== 'end') continue;
    if (text.childElementCount > 0) continue; // tspans: leave them to svg2pdf.js
    const size = Number(inherited(text, 'font-size') ?? 16);
    const weight = inherited(text, 'font-weight');
    const bold = weight === 'bold' || Number(weight) >= 600;
    const italic = inherited(text, 'font-style') === 'italic' && faces.includes('italic');
    pdf.setFont(PDF_FONT, bold ? 'bold' : italic ? 'italic' : 'normal');
    const width = pdf.getStringUnitWidth(text.textContent ?? '') * size;
    const x = Number(text.getAttribute('x') ?? 0);
    text.setAttribute('x', String(anchor === 'middle' ? x - width / 2 : x - width));
    text.setAttribute('text-anchor', 'start');
  }
  pdf.setFont(PDF_FONT, 'normal');
}

function inherited(el: Element, name: string): string | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const value = at.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/**
 * Runs `work` with document.createElement('canvas') answering one shared canvas. Safe because
 * svg2pdf.js runs as one chain of already-resolved promises (no other task runs in between) and
 * the original is always put back.
 */
export async function withSharedCanvas<T>(work: () => Promise<T>): Promise<T> {
  const original = document.createElement;
  let canvas: HTMLElement | null = null;
  document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions): HTMLElement {
    if (tag.toLowerCase() !== 'canvas') return original.call(this, tag, options);
    return (canvas ??= original.call(this, 'canvas', options));
  } as Document['createElement'];
  try {
    return await work();
  } finally {
    document.createElement = original;
  }
}
