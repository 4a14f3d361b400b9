/**
 * Change one agreement in place. Every field writes on its own: a tick, a choice, or a pause in
 * typing is one undo step, the same as the notes fields. An agreement keeps at least one person.
 */
import { useId, useState } from 'react';
import { chosenFirst, inOrder } from '../ui/chosenFirst';
import { updateAgreement } from '../../graph/commands';
import { CHANNELS, FREQUENCIES, type Agreement, type Channel, LIMITS } from '../../graph/schema';
import { channelLabels, frequencyLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { frequencyChoice, optionalText, OTHER_FREQUENCY, requiredText } from '../model/edits';
import { CommitField } from '../ui/CommitField';
import { EditBox } from '../ui/EditBox';
import { PeopleChecklist } from '../ui/PeopleChecklist';
import { useDoc, useRun } from '../ui/hooks';
import { LabelOptions } from '../ui/LabelOptions';

interface Props {
  agreement: Agreement;
  tag: string;
  id: string;
  onDone(): void;
}

export function AgreementEditor({ agreement, tag, id, onDone }: Props) {
  const doc = useDoc();
  const run = useRun();
  const uid = useId();
  const [problem, setProblem] = useState<string | null>(null);
  // "Anders, namelijk" may be chosen before any text is typed: remember that choice here.
  const [otherChosen, setOtherChosen] = useState(false);
  const choice = otherChosen ? OTHER_FREQUENCY : frequencyChoice(agreement.frequency);
  const candidates = doc.people.filter((p) => !p.deceased || agreement.with.includes(p.id));
  const [order] = useState(() => chosenFirst(candidates, agreement.with));
  const people = inOrder(candidates, order);
  const update = (patch: Partial<Omit<Agreement, 'id'>>) => run(updateAgreement, { id: agreement.id, patch });

  return (
    <EditBox id={id} label={t.agreements.edit(tag)} onDone={onDone}>
      <PeopleChecklist
        legend={t.agreements.with}
        people={people}
        chosen={agreement.with}
        onChange={(ids) => {
          if (ids.length === 0) return setProblem(t.agreements.keepOne);
          setProblem(null);
          update({ with: ids });
        }}
      />
      {problem && (
        <p className="st-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="st-field">
        <label htmlFor={`${uid}-freq`}>{t.agreements.frequency}</label>
        <select
          id={`${uid}-freq`}
          value={choice}
          onChange={(e) => {
            const next = e.target.value;
            if (next === OTHER_FREQUENCY) return setOtherChosen(true);
            setOtherChosen(false);
            update({ frequency: next });
          }}
        >
          <LabelOptions values={FREQUENCIES} labels={frequencyLabels} />
          <option value={OTHER_FREQUENCY}>{t.agreements.frequencyOther}</option>
        </select>
      </div>
      {choice === OTHER_FREQUENCY && (
        <CommitField
          maxLength={LIMITS.labelLength}
          id={`${uid}-freq-text`}
          label={t.agreements.frequencyOther}
          value={frequencyChoice(agreement.frequency) === OTHER_FREQUENCY ? agreement.frequency : ''}
          onCommit={(text) => {
            const next = requiredText(text);
            if (next) update({ frequency: next });
          }}
        />
      )}
      <div className="st-field">
        <label htmlFor={`${uid}-channel`}>{t.agreements.channel}</label>
        <select
          id={`${uid}-channel`}
          value={agreement.channel}
          onChange={(e) => update({ channel: e.target.value as Channel })}
        >
          <LabelOptions values={CHANNELS} labels={channelLabels} />
        </select>
      </div>
      <CommitField
        maxLength={LIMITS.textLength}
        id={`${uid}-content`}
        multiline
        rows={2}
        label={t.agreements.content}
        value={agreement.content}
        onCommit={(text) => {
          const next = requiredText(text);
          if (next) update({ content: next });
        }}
      />
      <CommitField
        maxLength={LIMITS.textLength}
        id={`${uid}-fallback`}
        multiline
        rows={2}
        label={t.agreements.fallback}
        value={agreement.fallback ?? ''}
        onCommit={(text) => update({ fallback: optionalText(text) })}
      />
    </EditBox>
  );
}
