/** Step 6: contact agreements (also drawn on the map as A1, A2, ...) and the meeting log. */
import { AgreementForm } from './AgreementForm';
import { AgreementList } from './AgreementList';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { MeetingEndSnapshot } from './MeetingEndSnapshot';
import { t } from '../../i18n/steps';

export function ContactStep() {
  return (
    <>
      <section className="st-section" aria-labelledby="st6-agreements">
        <h3 id="st6-agreements">{t.agreements.heading}</h3>
        <AgreementList />
        <AgreementForm />
      </section>
      <section className="st-section" aria-labelledby="st6-meetings">
        <h3 id="st6-meetings">{t.meetings.heading}</h3>
        <MeetingForm />
        <MeetingList />
      </section>
      <MeetingEndSnapshot />
    </>
  );
}
