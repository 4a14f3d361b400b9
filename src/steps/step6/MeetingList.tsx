/** Earlier meetings, newest first; each can be changed in place (✎). */
import { removeMeeting } from '../../graph/commands';
import type { Meeting } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { personName } from '../model/familyMembers';
import { meetingsInOrder } from '../model/meetings';
import { EditRemoveButtons, useInPlaceEditor } from '../ui/EditRemoveButtons';
import { useDoc, useRun } from '../ui/hooks';
import { formatDate } from '../../i18n/formatDate';
import { MeetingEditor } from './MeetingEditor';

export function MeetingList() {
  const doc = useDoc();
  const ordered = meetingsInOrder(doc);
  const firstId = ordered[0]?.id;
  const meetings = ordered.reverse();
  return (
    <>
      <h4>{t.meetings.log}</h4>
      {meetings.length === 0 ? (
        <p className="st-empty">{t.meetings.none}</p>
      ) : (
        <ul className="st-meetings" aria-label={t.meetings.log}>
          {meetings.map((m) => (
            <MeetingItem key={m.id} meeting={m} first={m.id === firstId} />
          ))}
        </ul>
      )}
    </>
  );
}

function MeetingItem({ meeting: m, first }: { meeting: Meeting; first: boolean }) {
  const doc = useDoc();
  const run = useRun();
  const editor = useInPlaceEditor();
  const date = formatDate(m.date);
  return (
    <li className="st-meeting">
      <div className="st-item-row">
        <strong className="st-item-text">{date}</strong>
        <EditRemoveButtons
          editLabel={t.meetings.edit(date)}
          removeLabel={t.meetings.remove(date)}
          open={editor.open}
          controls={editor.editorId}
          editRef={editor.editButton}
          onEdit={editor.toggle}
          onRemove={() => run(removeMeeting, { id: m.id })}
        />
      </div>
      {m.present.length > 0 && (
        <p className="st-muted">
          {t.meetings.presentShort}: {m.present.map((id) => personName(doc, id)).join(', ')}
        </p>
      )}
      {m.lookBack && (
        <p>
          <em>{t.meetings.previous}:</em> {m.lookBack}
        </p>
      )}
      {m.notes && <p className="st-lookback-notes">{m.notes}</p>}
      {editor.open && (
        <MeetingEditor meeting={m} first={first} label={t.meetings.edit(date)} id={editor.editorId} onDone={editor.close} />
      )}
    </li>
  );
}
