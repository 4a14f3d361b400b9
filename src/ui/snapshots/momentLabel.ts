/** How a moment is named in lists and headings: "Na eerste gesprek (15 sep 2026)", or "Nu". */
import type { Snapshot } from '../../graph/schema';
import { snapshotText as t } from '../../i18n/snapshots';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' });

export function formatMomentDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function momentLabel(snapshots: readonly Snapshot[], id: string | 'now'): string {
  if (id === 'now') return t.now;
  const s = snapshots.find((x) => x.id === id);
  return s ? `${s.label || formatMomentDate(s.takenAt)} (${formatMomentDate(s.takenAt)})` : t.missingSnapshot;
}

/** Today as yyyy-mm-dd in the device's time zone (for the date field). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
