/**
 * One need or offer in a list: its text and kind, a button to change it (text and kind in a
 * small inline form) and one to remove it. Shared by step 2 (needs) and step 3 (offers).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SupportCategory, SupportType } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { supportCategoryOf } from '../../graph/support';
import { kindLabel } from './kinds';
import { EditRemoveButtons } from './EditRemoveButtons';
import { KindOptions } from './KindOptions';
import { LIMITS } from '../../graph/schema';
import { LimitNote } from '../../ui/LimitNote';

interface Props {
  text: string;
  type: SupportType;
  category: SupportCategory | undefined;
  onSave(text: string, category: SupportCategory): void;
  onRemove(): void;
  /** Shown before the text, e.g. the offer's letter. */
  prefix?: ReactNode;
}

export function SupportRow({ text, type, category, onSave, onRemove, prefix }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [kind, setKind] = useState<SupportCategory>(supportCategoryOf({ type, category }));

  if (editing) {
    const save = (e: FormEvent) => {
      e.preventDefault();
      if (draft.trim()) onSave(draft.trim(), kind);
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
        <select aria-label={t.editKind} value={kind} onChange={(e) => setKind(e.target.value as SupportCategory)}>
          <KindOptions />
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
          setEditing(true);
        }}
        onRemove={onRemove}
      />
    </div>
  );
}
