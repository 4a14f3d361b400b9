/**
 * Change one meeting in place: date, who was there, the look-back and the notes. Each change
 * writes on its own (a pause in typing is one undo step), like the notes fields.
 */
import { LIMITS } from '../../graph/schema';
import { useId, useState } from 'react';
import { chosenFirst, inOrder } from '../ui/chosenFirst';
import { updateMeeting } from '../../graph/commands';
import type { Meeting } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { optionalText, validDate } from '../model/edits';
import { CommitField } from '../ui/CommitField';
import { EditBox } from '../ui/EditBox';
import { PeopleChecklist } from '../ui/PeopleChecklist';
import { useDoc, useRun } from '../ui/hooks';

interface Props {
  meeting: Meeting;
  /** The first meeting has nothing to look back on, unless a look-back was written anyway. */
  first: boolean;
  label: string;
  id: string;
  onDone(): void;
}

export function MeetingEditor({ meeting, first, label, id, onDone }: Props) {
  const doc = useDoc();
  const run = useRun();
  const uid = useId();
  const candidates = doc.people.filter((p) => !p.deceased || meeting.present.includes(p.id));
  const [order] = useState(() => chosenFirst(candidates, meeting.present));
  const people = inOrder(candidates, order);
  const update = (patch: Partial<Omit<Meeting, 'id'>>) => run(updateMeeting, { id: meeting.id, patch });
  return (
    <EditBox id={id} label={label} onDone={onDone}>
      <div className="st-field">
        <label htmlFor={`${uid}-date`}>{t.meetings.date}</label>
        <input
          id={`${uid}-date`}
          type="date"
          value={meeting.date.slice(0, 10)}
          onChange={(e) => {
            const next = validDate(e.target.value);
            if (next) update({ date: next });
          }}
        />
      </div>
      <PeopleChecklist
        legend={t.meetings.present}
        people={people}
        chosen={meeting.present}
        onChange={(ids) => update({ present: ids })}
      />
      {(!first || meeting.lookBack) && (
        <CommitField
        maxLength={LIMITS.textLength}
          id={`${uid}-lookback`}
          multiline
          rows={2}
          label={t.meetings.lookBack}
          value={meeting.lookBack ?? ''}
          onCommit={(text) => update({ lookBack: optionalText(text) })}
        />
      )}
      <CommitField
        maxLength={LIMITS.textLength}
        id={`${uid}-notes`}
        multiline
        rows={3}
        label={t.meetings.notes}
        value={meeting.notes}
        onCommit={(text) => update({ notes: text.trim() })}
      />
    </EditBox>
  );
}
