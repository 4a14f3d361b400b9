/** The needs of one family member, with a short form to add one. */
import { useState, type FormEvent } from 'react';
import type { SupportCategory } from '../../graph/schema';
import { addNeed, removeNeed, updateNeed } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import { t } from '../../i18n/steps';
import type { FamilyMember } from '../model/familyMembers';
import { useDoc, useRun } from '../ui/hooks';
import { typeOfCategory } from '../ui/kinds';
import { KindOptions } from '../ui/KindOptions';
import { SupportRow } from '../ui/SupportRow';

export function MemberNeeds({ member }: { member: FamilyMember }) {
  const doc = useDoc();
  const run = useRun();
  const { person } = member;
  const needs = doc.needs.filter((n) => n.of === person.id);
  const [text, setText] = useState('');
  const [category, setCategory] = useState<SupportCategory>('emotional');
  const name = person.name || '?';
  const base = `st2-${person.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    run(addNeed, { id: newId(ID_PREFIX.need), of: person.id, type: typeOfCategory(category), category, text: trimmed });
    setText('');
  };

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
                onSave={(text, c) => run(updateNeed, { id: n.id, patch: { text, category: c, type: typeOfCategory(c) } })}
                onRemove={() => run(removeNeed, { id: n.id })}
              />
            </li>
          ))}
        </ul>
      )}
      <form className="st-add" onSubmit={submit} aria-label={t.needs.addFor(name)}>
        <label htmlFor={`${base}-text`} className="st-visually-hidden">
          {t.needs.newFor(name)}
        </label>
        <input
          id={`${base}-text`}
          type="text"
          value={text}
          placeholder={t.needs.text}
          onChange={(e) => setText(e.target.value)}
        />
        <label htmlFor={`${base}-kind`} className="st-visually-hidden">
          {t.needs.kindFor(name)}
        </label>
        <select id={`${base}-kind`} value={category} onChange={(e) => setCategory(e.target.value as SupportCategory)}>
          <KindOptions />
        </select>
        <button type="submit">{t.add}</button>
      </form>
    </section>
  );
}
