/** Earlier meetings, newest first. */
import { removeMeeting } from '../../graph/commands';
import { t } from '../../i18n/steps';
import { personName } from '../model/familyMembers';
import { meetingsInOrder } from '../model/meetings';
import { useDoc, useRun } from '../ui/hooks';
import { formatDate } from './formatDate';

export function MeetingList() {
  const doc = useDoc();
  const run = useRun();
  const meetings = meetingsInOrder(doc).reverse();
  return (
    <>
      <h4>{t.meetings.log}</h4>
      {meetings.length === 0 ? (
        <p className="st-empty">{t.meetings.none}</p>
      ) : (
        <ul className="st-meetings" aria-label={t.meetings.log}>
          {meetings.map((m) => (
            <li key={m.id} className="st-meeting">
              <div className="st-item-row">
                <strong className="st-item-text">{formatDate(m.date)}</strong>
                <button
                  type="button"
                  className="st-remove"
                  aria-label={t.meetings.remove(formatDate(m.date))}
                  onClick={() => run(removeMeeting, { id: m.id })}
                >
                  ✕
                </button>
              </div>
              {m.present.length > 0 && <p className="st-muted">{m.present.map((id) => personName(doc, id)).join(', ')}</p>}
              {m.lookBack && (
                <p>
                  <em>{t.meetings.previous}:</em> {m.lookBack}
                </p>
              )}
              {m.notes && <p>{m.notes}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
