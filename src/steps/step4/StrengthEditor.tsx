/**
 * Change one strength in place: its question (kind), life domain and text. Each choice or pause
 * in typing is one `updateStrength` call, so one undo step; an emptied text is refused.
 */
import { useId } from 'react';
import { updateStrength } from '../../graph/commands';
import { LIFE_DOMAINS, type LifeDomain, type Strength, LIMITS } from '../../graph/schema';
import { lifeDomainLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { requiredText } from '../model/edits';
import { STRENGTH_KINDS, strengthKind, type StrengthKind } from '../model/strengthKind';
import { CommitField } from '../ui/CommitField';
import { EditBox } from '../ui/EditBox';
import { useRun } from '../ui/hooks';
import { LabelOptions } from '../ui/LabelOptions';
import { kindQuestion } from './AddStrengthForm';

interface Props {
  strength: Strength;
  label: string;
  id: string;
  onDone(): void;
}

export function StrengthEditor({ strength, label, id, onDone }: Props) {
  const run = useRun();
  const uid = useId();
  const update = (patch: Partial<Omit<Strength, 'id'>>) => run(updateStrength, { id: strength.id, patch });
  // A plain strength has no `kind` in the file: choosing it removes the field.
  const setKind = (kind: StrengthKind) => update({ kind: kind === 'strength' ? undefined : kind });
  return (
    <EditBox id={id} label={label} onDone={onDone}>
      <div className="st-field">
        <label htmlFor={`${uid}-kind`}>{t.strengths.question}</label>
        <select id={`${uid}-kind`} value={strengthKind(strength)} onChange={(e) => setKind(e.target.value as StrengthKind)}>
          <LabelOptions values={STRENGTH_KINDS} labels={kindQuestion} />
        </select>
      </div>
      <div className="st-field">
        <label htmlFor={`${uid}-domain`}>{t.strengths.domain}</label>
        <select
          id={`${uid}-domain`}
          value={strength.domain}
          onChange={(e) => update({ domain: e.target.value as LifeDomain })}
        >
          <LabelOptions values={LIFE_DOMAINS} labels={lifeDomainLabels} />
        </select>
      </div>
      <CommitField
        maxLength={LIMITS.textLength}
        id={`${uid}-text`}
        label={t.strengths.answer}
        value={strength.text}
        onCommit={(text) => {
          const next = requiredText(text);
          if (next) update({ text: next });
        }}
      />
    </EditBox>
  );
}
