/** The header on every page of the PDF; page 1 also says that it holds personal data. */
import type { jsPDF } from 'jspdf';
import type { CaseDocument, StepNumber } from '../graph/schema';
import { exportText as x } from '../i18n/export';
import { stepContent } from '../i18n/steps';
import { PDF_FONT } from './fonts';
import { HEADER_PT, MARGIN_PT } from './pageMaths';

export interface HeaderInfo {
  doc: CaseDocument;
  step: StepNumber;
  date: string;
}

export function stampHeaders(pdf: jsPDF, info: HeaderInfo): void {
  const pages = pdf.getNumberOfPages();
  const c = info.doc.case;
  const who = [c.professional, c.organisation].filter((s) => s && s.trim()).join(', ');
  const details = [x.pdf.exported(info.date), who && x.pdf.by(who), x.pdf.step(info.step, stepContent[info.step].name)]
    .filter(Boolean)
    .join('   ·   ');
  for (let page = 1; page <= pages; page++) {
    pdf.setPage(page);
    const width = pdf.internal.pageSize.getWidth();
    const right = width - MARGIN_PT;
    pdf.setTextColor(0, 0, 0);
    pdf.setFont(PDF_FONT, 'bold');
    pdf.setFontSize(12);
    pdf.text(x.pdf.app, right, MARGIN_PT + 10, { align: 'right' });
    const titleRoom = right - MARGIN_PT - pdf.getTextWidth(x.pdf.app) - 16;
    pdf.text(firstLine(pdf, c.title, titleRoom), MARGIN_PT, MARGIN_PT + 10);
    pdf.setFont(PDF_FONT, 'normal');
    pdf.setFontSize(8);
    const pageText = x.pdf.page(page, pages);
    pdf.text(pageText, right, MARGIN_PT + 22, { align: 'right' });
    pdf.text(firstLine(pdf, details, right - MARGIN_PT - pdf.getTextWidth(pageText) - 16), MARGIN_PT, MARGIN_PT + 22);
    if (page === 1) {
      pdf.setFont(PDF_FONT, 'bold');
      pdf.setFontSize(9);
      pdf.text(x.pdf.confidential, MARGIN_PT, MARGIN_PT + 34);
    }
    pdf.setDrawColor(0, 0, 0);
    pdf.setLineWidth(0.6);
    pdf.line(MARGIN_PT, MARGIN_PT + HEADER_PT - 3, right, MARGIN_PT + HEADER_PT - 3);
  }
}

/** A header field is one line: a very long title is cut, with an ellipsis, to its room. */
function firstLine(pdf: jsPDF, text: string, width: number): string {
  const lines: string[] = pdf.splitTextToSize(text.replace(/\s+/g, ' '), width);
  if (lines.length <= 1) return lines[0] ?? '';
  return `${lines[0]!.replace(/\s+\S*$/, '')}…`;
}
