/**
 * The end of a meeting is the natural moment to freeze the map: step 6 offers "Momentopname
 * maken" under the meeting log, named after the last meeting, so the next meeting can be
 * compared with this one.
 */
import { snapshotText } from '../../i18n/snapshots';
import { useAppStore } from '../../state/react';
import { formatDate } from '../../i18n/formatDate';
import { TakeSnapshotForm } from '../../ui/snapshots/TakeSnapshotForm';
import { useWorkspaceOrNull } from '../../ui/workspace';

export function MeetingEndSnapshot() {
  const ws = useWorkspaceOrNull();
  const last = useAppStore((s) => s.doc.meetings.at(-1));
  if (!ws) return null;
  return (
    <section className="st-section" aria-labelledby="st6-snapshot">
      <h3 id="st6-snapshot">{snapshotText.take}</h3>
      <TakeSnapshotForm key={last?.id ?? 'none'} initialLabel={last ? snapshotText.afterMeeting(formatDate(last.date)) : ''} />
    </section>
  );
}
