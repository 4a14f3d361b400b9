/**
 * Step 2: needs per family member — the young person and each parent apart, because their
 * needs differ. The screen names the two TYPES of need instead of giving examples (the seed's
 * tip), and does not ask who could help yet (that is step 3).
 */
import { t } from '../../i18n/steps';
import { familyMembers } from '../model/familyMembers';
import { useDoc } from '../ui/hooks';
import { MemberNeeds } from './MemberNeeds';
import { NeedTypes } from './NeedTypes';

export function NeedsEditor() {
  const doc = useDoc();
  const members = familyMembers(doc);
  return (
    <section className="st-section" aria-labelledby="st2-heading">
      <h3 id="st2-heading">{t.needs.heading}</h3>
      <NeedTypes />
      {members.length === 0 && <p className="st-empty">{t.noFamily}</p>}
      {members.map((m) => (
        <MemberNeeds key={m.person.id} member={m} />
      ))}
      <p className="st-hint">{t.needs.notLinkedYet}</p>
    </section>
  );
}
