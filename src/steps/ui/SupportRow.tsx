/**
 * One need or offer in a list: its text and kind, a button to change it (text, letter and type
 * in a small inline form) and one to remove it. Shared by step 2 (needs) and step 3 (offers).
 * The letter and the type are chosen apart, as the file allows: "advies" is social-emotional by
 * the paper ecogram's rule, but advice with insurance forms is practical help.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { SUPPORT_TYPES, type SupportCategory, type SupportType } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { supportCategoryOf, supportTypeOf } from '../../graph/support';
import { supportTypeLabels } from '../../i18n/labels';
import { kindLabel } from './kinds';
import { EditRemoveButtons } from './EditRemoveButtons';
import { KindOptions } from './KindOptions';
import { LIMITS } from '../../graph/schema';
import { LimitNote } from '../../ui/LimitNote';

interface Props {
  text: string;
  type: SupportType;
  category: SupportCategory | undefined;
  onSave(text: string, category: SupportCategory, type: SupportType): void;
  onRemove(): void;
  /** Shown before the text, e.g. the offer's letter. */
  prefix?: ReactNode;
}

export function SupportRow({ text, type, category, onSave, onRemove, prefix }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [kind, setKind] = useState<SupportCategory>(supportCategoryOf({ type, category }));
  const [draftType, setDraftType] = useState<SupportType>(type);

  if (editing) {
    const save = (e: FormEvent) => {
      e.preventDefault();
      if (draft.trim()) onSave(draft.trim(), kind, draftType);
      setEditing(false);
    };
    return (
      <form className="st-add st-edit" onSubmit={save} aria-label={t.editNamed(text)}>
        <input
          type="text"
          aria-label={t.editText}
          value={draft}
          maxLength={LIMITS.textLength}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        />
        <LimitNote length={draft.length} max={LIMITS.textLength} />
        <select
          aria-label={t.editKind}
          value={kind}
          onChange={(e) => {
            const next = e.target.value as SupportCategory;
            setKind(next);
            // A new letter brings its usual type; the type can be changed after.
            setDraftType(supportTypeOf(next));
          }}
        >
          <KindOptions />
        </select>
        <select aria-label={t.editType} value={draftType} onChange={(e) => setDraftType(e.target.value as SupportType)}>
          {SUPPORT_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {supportTypeLabels[ty]}
            </option>
          ))}
        </select>
        <button type="submit">{t.save}</button>
        <button type="button" onClick={() => setEditing(false)}>
          {t.cancel}
        </button>
      </form>
    );
  }
  return (
    <div className="st-item-row">
      {prefix}
      <span className="st-item-main">
        <span className="st-item-text">{text}</span>
        <span className="st-kind">{kindLabel(type, category)}</span>
      </span>
      <EditRemoveButtons
        editLabel={t.editNamed(text)}
        removeLabel={t.removeNamed(text)}
        onEdit={() => {
          setDraft(text);
          setKind(supportCategoryOf({ type, category }));
          setDraftType(type);
          setEditing(true);
        }}
        onRemove={onRemove}
      />
    </div>
  );
}
