/**
 * Step 4: a strengths inventory per family member over the nine life domains, plus what they
 * are proud of and what they solved themselves (strengths with a `kind`, see model/strengthKind).
 */
import { useState } from 'react';
import { t } from '../../i18n/steps';
import { familyMembers } from '../model/familyMembers';
import { useDoc } from '../ui/hooks';
import { AddStrengthForm } from './AddStrengthForm';
import { StrengthInventory } from './StrengthInventory';
import { displayName } from '../../i18n/names';

export function StrengthsEditor() {
  const doc = useDoc();
  const members = familyMembers(doc);
  const [chosen, setChosen] = useState<string | null>(null);
  const member = members.find((m) => m.person.id === chosen) ?? members[0];
  return (
    <section className="st-section" aria-labelledby="st4-heading">
      <h3 id="st4-heading">{t.strengths.heading}</h3>
      {members.length === 0 && <p className="st-empty">{t.noFamily}</p>}
      {member && (
        <>
          <fieldset className="st-segmented">
            <legend>{t.strengths.who}</legend>
            {members.map((m) => (
              <label key={m.person.id} className="st-check">
                <input
                  type="radio"
                  name="st4-member"
                  checked={m.person.id === member.person.id}
                  onChange={() => setChosen(m.person.id)}
                />
                <span>
                  {displayName(m.person)} <span className="st-muted">({t.role[m.role]})</span>
                </span>
              </label>
            ))}
          </fieldset>
          <AddStrengthForm key={member.person.id} person={member.person} />
          <StrengthInventory person={member.person} />
        </>
      )}
    </section>
  );
}
