import { meetingSchema, type CaseDocument, type Meeting } from '../schema';
import { addTo, fitsSchema, patchIn, removeFrom, type UpdateArgs } from './records';

const fits = (doc: CaseDocument, meeting: Meeting): boolean =>
  fitsSchema(meetingSchema, meeting) &&
  new Set(meeting.present).size === meeting.present.length &&
  meeting.present.every((id) => doc.people.some((p) => p.id === id));

export function addMeeting(doc: CaseDocument, meeting: Meeting): CaseDocument {
  return addTo(doc, 'meetings', meeting, (r) => fits(doc, r));
}

export function updateMeeting(doc: CaseDocument, args: UpdateArgs<Meeting>): CaseDocument {
  return patchIn(doc, 'meetings', args, (r) => fits(doc, r));
}

export function removeMeeting(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  return removeFrom(doc, 'meetings', id);
}
