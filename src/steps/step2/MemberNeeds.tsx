/** The needs of one family member, with a short form to add one. */
import { addNeed, removeNeed, updateNeed } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { t } from '../../i18n/steps';
import type { FamilyMember } from '../model/familyMembers';
import { AddSupportForm } from '../ui/AddSupportForm';
import { useDoc, useRun } from '../ui/hooks';
import { supportTypeOf } from '../../graph/support';
import { SupportRow } from '../ui/SupportRow';
import { displayName } from '../../i18n/names';

export function MemberNeeds({ member }: { member: FamilyMember }) {
  const doc = useDoc();
  const run = useRun();
  const { person } = member;
  const needs = doc.needs.filter((n) => n.of === person.id);
  const name = displayName(person);
  const base = `st2-${person.id}`;

  return (
    <section className="st-member" aria-labelledby={`${base}-h`}>
      <h4 id={`${base}-h`}>
        {t.needs.of(name)} <span className="st-role">({t.role[member.role]})</span>
      </h4>
      {needs.length === 0 ? (
        <p className="st-empty">{t.needs.none}</p>
      ) : (
        <ul className="st-list" aria-label={t.needs.of(name)}>
          {needs.map((n) => (
            <li key={n.id} className="st-item">
              <SupportRow
                text={n.text}
                type={n.type}
                category={n.category}
                onSave={(text, category, type) => run(updateNeed, { id: n.id, patch: { text, category, type } })}
                onRemove={() => run(removeNeed, { id: n.id })}
              />
            </li>
          ))}
        </ul>
      )}
      <AddSupportForm
        idBase={base}
        formLabel={t.needs.addFor(name)}
        textLabel={t.needs.newFor(name)}
        placeholder={t.needs.text}
        kindsLabel={t.needs.addAs}
        initialKind="emotional"
        onAdd={(text, category) =>
          run(addNeed, { id: newId(ID_PREFIX.need), of: person.id, type: supportTypeOf(category), category, text })
        }
      />
    </section>
  );
}
