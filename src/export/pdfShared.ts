/**
 * The closing block of a version for one network member: with whom and when it was shared,
 * the topics shared, and that the others were left out on purpose (never which, nor their content).
 */
import type { ScopedCase } from '../graph/queries';
import { exportText as x } from '../i18n/export';
import { displayName } from '../i18n/names';
import { PDF_FONT } from './fonts';
import { ensureRoom, type Flow } from './pdfFlow';

const LINE = 13;

export function addSharedBlock(flow: Flow, scoped: ScopedCase, date: string): void {
  if (!scoped.recipient) return;
  const { pdf } = flow;
  const lines: Array<[string, boolean]> = [[x.pdf.sharedWith(displayName(scoped.recipient), date), true]];
  if (scoped.sharedTopics.length === 0) lines.push([x.pdf.noSharedTopics, false]);
  else {
    lines.push([x.pdf.sharedTopics, false]);
    for (const t of scoped.sharedTopics) lines.push([`•  ${t.label}`, false]);
  }
  lines.push([scoped.leftOutTopics > 0 ? x.pdf.leftOut(scoped.leftOutTopics) : x.pdf.noneLeftOut, false]);
  lines.push([x.pdf.othersLeftOut, false]);
  ensureRoom(flow, lines.length * LINE + 20);
  pdf.setDrawColor(0, 0, 0);
  pdf.setLineWidth(0.8);
  pdf.line(flow.area.x, flow.y, flow.area.x + flow.area.width, flow.y);
  flow.y += 16;
  for (const [text, bold] of lines) {
    pdf.setFont(PDF_FONT, bold ? 'bold' : 'normal');
    pdf.setFontSize(bold ? 12 : 9.5);
    for (const line of pdf.splitTextToSize(text, flow.area.width) as string[]) {
      ensureRoom(flow, LINE);
      pdf.text(line, flow.area.x, flow.y);
      flow.y += LINE;
    }
  }
}
