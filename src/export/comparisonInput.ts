/**
 * The comparison for the PDF as data and drawings, before any page is made: the two moments
 * (a snapshot, or the case now), each scoped like the rest of the PDF — for a network member
 * through momentsVisibleTo BEFORE diffing, so no line or mark can carry what they may not know —
 * the change list in words (the family's lines first) and the three drawings: "toen", "nu" and
 * the difference map, all from src/draw (never a capture of the screen). No jsPDF here.
 */
import { changeFacts, familySummary, trend, type Moment } from '../graph/diff';
import { momentsVisibleTo, scopeForExport, type ExportScope } from '../graph/queries';
import type { CaseDocument, Snapshot, ViewName } from '../graph/schema';
import { drawDiffMap } from '../draw/diffMap';
import { drawMap, type MapDrawing } from '../draw/map';
import { drawTrend, type TrendDrawing } from '../draw/trendChart';
import { comparisonExportText as x } from '../i18n/exportComparison';
import { formatDate } from '../i18n/formatDate';
import { changeGroups, familyLines, trendWords, type ChangeGroup } from '../i18n/snapshots';
import { comparisonLayout } from '../layout/comparison';
import type { ElkLike } from '../layout/genogram';
import { snapshotDocument, viewOf } from '../layout/moment';
import type { ComparisonChoice } from './options';
import { pause } from './pdfFlow';

export interface PdfComparison {
  view: ViewName;
  fromLabel: string;
  toLabel: string;
  /** Above each map of the "toen / nu" page. */
  thenCaption: string;
  nowCaption: string;
  then: MapDrawing;
  now: MapDrawing;
  diff: MapDrawing;
  /** "What changed for the family": the first lines of the list. */
  familyLines: string[];
  groups: ChangeGroup[];
  /** The trend over every snapshot of the case and now (src/draw/trendChart). */
  trend: TrendDrawing;
}

/** A refusal the dialog shows as it is (Dutch, says what to do). */
export class ComparisonError extends Error {
  override name = 'ComparisonError';
}

/**
 * The trend over all snapshots and now. Its figures are counts of people, offers and needs, which
 * "Bekijk als" keeps for everyone; a moment is named as in the rest of the comparison.
 */
function trendOf(doc: CaseDocument, scope: ExportScope): TrendDrawing {
  const rest = { initials: scope.initials };
  // Short names, as on screen (the chart's columns are narrow): the label, or the date only.
  const moments: Moment[] = doc.snapshots.map((s) => ({
    label: (scope.recipientId === undefined && scopeForExport(snapshotDocument(s), rest)!.doc.case.title) || formatDate(s.takenAt),
    at: s.takenAt,
    data: s.data,
  }));
  // "Nu" is always the last moment, as on screen.
  moments.push({ label: x.now, at: '9999-12-31', data: doc });
  return drawTrend(trend(moments), trendWords);
}

function momentName(snapshot: Snapshot, scoped: CaseDocument, forMember: boolean): string {
  const date = formatDate(snapshot.takenAt);
  // snapshotDocument puts the label in the title, so "Initialen" has masked it like the case's.
  return forMember ? x.memberMoment(date) : x.moment(scoped.case.title, date);
}

export async function comparisonInput(doc: CaseDocument, scope: ExportScope, choice: ComparisonChoice, elk: ElkLike, now: Date): Promise<PdfComparison> {
  const find = (id: string) => doc.snapshots.find((s) => s.id === id);
  const fromSnap = find(choice.from);
  const toSnap = choice.to === 'now' ? undefined : find(choice.to);
  if (!fromSnap || (choice.to !== 'now' && !toSnap)) throw new ComparisonError(x.missing);
  let before = snapshotDocument(fromSnap);
  let after = toSnap ? snapshotDocument(toSnap) : doc;
  const forMember = scope.recipientId !== undefined;
  if (scope.recipientId !== undefined) {
    const moments = momentsVisibleTo(before, after, scope.recipientId);
    if (!moments) throw new ComparisonError(x.recipientMissing);
    ({ before, after } = moments);
  }
  // Notes and names as the rest of the PDF: the same options, on both moments.
  const rest = { withoutNotes: scope.withoutNotes, initials: scope.initials };
  before = scopeForExport(before, rest)!.doc;
  after = scopeForExport(after, rest)!.doc;
  const fromLabel = momentName(fromSnap, before, forMember);
  const toLabel = toSnap ? momentName(toSnap, after, forMember) : x.nowMoment(formatDate(now.toISOString()));

  const view = choice.view;
  // One piece at a time with a pause between (pdfFlow's), so a 250-person case does not block
  // the page for the whole of it: each moment's positions, the facts, each drawing.
  const mb = await viewOf(before, view, elk);
  await pause();
  const ma = await viewOf(after, view, elk);
  await pause();
  const facts = changeFacts(before, after);
  await pause();
  const then = drawMap({ doc: before, view, ...mb });
  await pause();
  const nowMap = drawMap({ doc: after, view, ...ma });
  await pause();
  const layout = comparisonLayout(view, after, { before: mb.positions, after: ma.positions }, facts, ma.geometry);
  const diff = drawDiffMap({ view, after, facts, ...layout });
  await pause();
  return {
    view,
    fromLabel,
    toLabel,
    thenCaption: x.thenCaption(fromLabel),
    nowCaption: toSnap ? x.laterCaption(toLabel) : toLabel,
    then,
    now: nowMap,
    diff,
    familyLines: familyLines(familySummary(before, after, facts)),
    groups: changeGroups(facts, before, after),
    trend: trendOf(doc, scope),
  };
}
