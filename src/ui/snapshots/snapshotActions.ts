/**
 * What the snapshot controls do. Taking a snapshot first freezes where everyone stands in both
 * views (the genogram is laid out by ELK in its worker, so this is async), then runs one command:
 * one undo step, and the document stays the only truth.
 */
import { caseFromSnapshot, takeSnapshot } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { LIMITS, type Snapshot } from '../../graph/schema';
import { loadElk } from './lazyElk';
import { freezeLayout } from '../../layout/moment';
import { snapshotText as t } from '../../i18n/snapshots';
import { openNewCase } from '../caseActions';
import type { Workspace } from '../workspace';

/** `date` is the day chosen (yyyy-mm-dd); the time is now's, so two snapshots of one day keep their order. */
export async function takeSnapshotNow(ws: Workspace, label: string, date: string, now: Date = new Date()): Promise<boolean> {
  const store = ws.store;
  const doc = store.getState().doc;
  const notices = ws.notices.getState();
  if (doc.snapshots.length >= LIMITS.snapshots) {
    notices.push({ kind: 'error', key: 'snapshot', text: t.tooMany(LIMITS.snapshots) });
    return false;
  }
  let layout;
  try {
    layout = await freezeLayout(doc, await loadElk());
  } catch (cause) {
    console.error(cause);
    notices.push({ kind: 'error', key: 'snapshot', text: t.takeFailed });
    return false;
  }
  const takenAt = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T${now.toISOString().slice(11)}` : now.toISOString();
  const before = store.getState().doc;
  store.getState().run(takeSnapshot, { id: newId(ID_PREFIX.snapshot), takenAt, label, layout });
  const taken = store.getState().doc !== before;
  notices.push(taken ? { kind: 'info', key: 'snapshot', text: t.taken(label) } : { kind: 'error', key: 'snapshot', text: t.takeFailed });
  return taken;
}

export async function openSnapshotAsCase(ws: Workspace, snapshot: Snapshot, now: Date = new Date()): Promise<void> {
  const title = t.caseTitle(ws.store.getState().doc.case.title, snapshot.label).slice(0, 200);
  const doc = caseFromSnapshot(snapshot, { id: newId(ID_PREFIX.case), title, now });
  await openNewCase(ws, doc);
  ws.notices.getState().push({ kind: 'info', text: t.openedAsCase(snapshot.label) });
}
