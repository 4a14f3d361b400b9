/**
 * The nine life domains, each with what this person wrote there: the inventory at a glance.
 * Each strength can be changed in place (✎). The open editor is held here, not per item: a new
 * life domain moves the strength to another group, and the editor must stay open with it.
 */
import { useState } from 'react';
import { removeStrength } from '../../graph/commands';
import { LIFE_DOMAINS, type Person, type Strength } from '../../graph/schema';
import { lifeDomainLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { strengthKind, type StrengthKind } from '../model/strengthKind';
import { EditRemoveButtons, useInPlaceEditor } from '../ui/EditRemoveButtons';
import { useDoc, useRun } from '../ui/hooks';
import { StrengthEditor } from './StrengthEditor';
import { displayName } from '../../i18n/names';

const badge: Record<StrengthKind, string> = {
  strength: t.strengths.kindStrength,
  proud: t.strengths.kindProud,
  solved: t.strengths.kindSolved,
};

export function StrengthInventory({ person }: { person: Person }) {
  const doc = useDoc();
  const run = useRun();
  const editor = useInPlaceEditor();
  const [editingId, setEditingId] = useState<string | null>(null);
  const openId = editor.open ? editingId : null;
  const mine = doc.strengths.filter((s) => s.of === person.id);
  const edit = (s: Strength) => {
    if (openId === s.id) return editor.toggle();
    setEditingId(s.id);
    if (!editor.open) editor.toggle();
  };
  return (
    <dl className="st-domains" aria-label={t.strengths.inventoryOf(displayName(person))}>
      {LIFE_DOMAINS.map((domain) => {
        const items = mine.filter((s) => s.domain === domain);
        return (
          <div key={domain} className={`st-domain${items.length > 0 ? ' st-domain-filled' : ''}`}>
            <dt>{lifeDomainLabels[domain]}</dt>
            {items.length === 0 && <dd className="st-muted">{t.strengths.empty}</dd>}
            {items.map((s) => {
              const open = openId === s.id;
              return (
                <dd key={s.id}>
                  <div className="st-item-row">
                    <span className="st-item-main">
                      <span className={`st-badge st-badge-${strengthKind(s)}`}>{badge[strengthKind(s)]}</span>
                      <span className="st-item-text">{s.text}</span>
                    </span>
                    <EditRemoveButtons
                      editLabel={t.editNamed(s.text)}
                      removeLabel={t.removeNamed(s.text)}
                      open={open}
                      controls={editor.editorId}
                      editRef={open ? editor.editButton : undefined}
                      onEdit={() => edit(s)}
                      onRemove={() => run(removeStrength, { id: s.id })}
                    />
                  </div>
                  {open && (
                    <StrengthEditor strength={s} label={t.editNamed(s.text)} id={editor.editorId} onDone={editor.close} />
                  )}
                </dd>
              );
            })}
          </div>
        );
      })}
    </dl>
  );
}
