import { LIMITS, meetingSchema, type CaseDocument, type Meeting } from '../schema';
import { applyPatch, fitsSchema, idInUse, removeFrom, updateIn, type UpdateArgs } from './records';

const fits = (doc: CaseDocument, meeting: Meeting): boolean =>
  fitsSchema(meetingSchema, meeting) &&
  new Set(meeting.present).size === meeting.present.length &&
  meeting.present.every((id) => doc.people.some((p) => p.id === id));

export function addMeeting(doc: CaseDocument, meeting: Meeting): CaseDocument {
  if (idInUse(doc, meeting.id) || doc.meetings.length >= LIMITS.records || !fits(doc, meeting)) return doc;
  return { ...doc, meetings: [...doc.meetings, meeting] };
}

export function updateMeeting(doc: CaseDocument, { id, patch }: UpdateArgs<Meeting>): CaseDocument {
  return updateIn(doc, 'meetings', id, (m) => {
    const next = applyPatch(m, patch);
    return fits(doc, next) ? next : null;
  });
}

export function removeMeeting(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'meetings', id);
}
