/** Dutch text of the comparison in the PDF (issue 12): the dialog's part and the pages. */
import { snapshotText } from './snapshots';

export const comparisonExportText = {
  legend: 'Vergelijking (toen / nu)',
  include: 'Vergelijking tussen twee momenten opnemen',
  none: 'Deze casus heeft nog geen momentopnamen om te vergelijken.',
  from: 'Toen',
  to: 'Nu',
  now: snapshotText.now,
  view: 'Kaart van de vergelijking',
  memberHint: 'Voor een netwerklid worden beide momenten eerst gefilterd zoals bij "Bekijk als": wat deze persoon (nu) niet mag weten, komt ook in de vergelijking niet voor.',
  /** A snapshot in a network member's version: only its date (the label is the professional's own text). */
  memberMoment: (date: string) => `momentopname van ${date}`,
  moment: (label: string, date: string) => `${label} (${date})`,
  nowMoment: (date: string) => `${snapshotText.now} (${date})`,
  thenNowTitle: (from: string, to: string) => `Toen / nu: ${from} → ${to}`,
  thenCaption: (label: string) => `Toen: ${label}`,
  /** The later moment when it is a snapshot too ("Nu (4 december 2026)" needs no prefix). */
  laterCaption: (label: string) => `Later: ${label}`,
  diffTitle: (from: string, to: string) => `Verschilkaart: ${from} → ${to}`,
  diffLegend: snapshotText.legendDiff,
  listTitle: (from: string, to: string) => `Wat er veranderd is: ${from} → ${to}`,
  familyTitle: 'Wat er veranderd is voor het gezin',
  trendTitle: snapshotText.trend,
  noChanges: snapshotText.noChanges,
  contents: (from: string, to: string) => `Vergelijking ${from} → ${to}: een pagina toen / nu, de verschilkaart, de lijst van wat er veranderd is en het verloop over alle momentopnamen`,
  missing: 'de gekozen momentopname bestaat niet meer; kies een andere in "Vergelijking".',
  recipientMissing: 'het gekozen netwerklid staat niet (meer) in de casus.',
};
