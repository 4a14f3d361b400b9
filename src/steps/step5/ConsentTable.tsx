/** Per network member: may they know this topic, who decided, and how will they be told. */
import type { ReactNode } from 'react';
import { removeConsent, setConsent } from '../../graph/commands';
import {
  CONSENT_DECISIONS,
  CONSENT_HOWS,
  DECIDERS,
  type Consent,
  type ConsentDecision,
  type ConsentHow,
  type Decider,
  type Topic,
} from '../../graph/schema';
import { consentDecisionLabels, consentHowLabels, deciderLabels } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { consentRows, type ConsentRow } from '../model/consentView';
import { useDoc, useRun } from '../ui/hooks';
import { LabelOptions } from '../ui/LabelOptions';
import { displayName } from '../../i18n/names';

const decisionIcon: Record<ConsentDecision, string> = { 'may-know': '✓', 'may-not-know': '✕', undecided: '?' };

export function ConsentTable({ topic }: { topic: Topic }) {
  const doc = useDoc();
  const rows = consentRows(doc, topic.id);
  const count = (d: ConsentDecision) => rows.filter((r) => r.decision === d).length;
  return (
    <section className="st-section" aria-labelledby="st5-consent">
      <h3 id="st5-consent">{t.consent.perPersonHeading(topic.label)}</h3>
      <p className="st-summary" role="status">
        {t.consent.summary(count('may-know'), count('may-not-know'), count('undecided'))}
      </p>
      <ul className="st-consents">
        {rows.map((row) => (
          <ConsentLine key={row.person.id} row={row} topic={topic} />
        ))}
      </ul>
    </section>
  );
}

function ConsentLine({ row, topic }: { row: ConsentRow; topic: Topic }) {
  const run = useRun();
  const name = displayName(row.person);
  const base: Consent = row.consent ?? { personId: row.person.id, topicId: topic.id, decision: 'undecided' };
  const save = (patch: Partial<Consent>) => {
    const next = { ...base, ...patch } as Record<string, unknown>;
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    const consent = next as Consent;
    // A bare "undecided" says nothing: leave no record, so the file only holds real decisions.
    if (consent.decision === 'undecided' && !consent.how && !consent.decidedBy) {
      run(removeConsent, { personId: consent.personId, topicId: consent.topicId });
    } else run(setConsent, consent);
  };
  return (
    <li className={`st-consent st-consent-${row.decision}`}>
      <span className="st-consent-name">
        <span className="st-icon" aria-hidden="true">
          {decisionIcon[row.decision]}
        </span>{' '}
        {name}
      </span>
      <ConsentField
        column={t.consent.columns[1]}
        label={t.consent.decision(name)}
        value={row.decision}
        onChange={(v) => save({ decision: v as ConsentDecision })}
      >
        <LabelOptions values={CONSENT_DECISIONS} labels={consentDecisionLabels} />
      </ConsentField>
      <ConsentField
        column={t.consent.columns[2]}
        label={t.consent.decidedBy(name)}
        value={row.consent?.decidedBy ?? ''}
        onChange={(v) => save({ decidedBy: (v || undefined) as Decider | undefined })}
      >
        <option value="">{t.consent.decidedByNone}</option>
        <LabelOptions values={DECIDERS} labels={deciderLabels} />
      </ConsentField>
      <ConsentField
        column={t.consent.columns[3]}
        label={t.consent.how(name)}
        value={row.consent?.how ?? ''}
        onChange={(v) => save({ how: (v || undefined) as ConsentHow | undefined })}
      >
        <option value="">{t.consent.howNone}</option>
        <LabelOptions values={CONSENT_HOWS} labels={consentHowLabels} />
      </ConsentField>
    </li>
  );
}

/** One column of a consent line: the column name is shown, the select is named per person. */
function ConsentField(props: { column: string; label: string; value: string; onChange(value: string): void; children: ReactNode }) {
  return (
    <label className="st-consent-field">
      <span aria-hidden="true">{props.column}</span>
      <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.children}
      </select>
    </label>
  );
}
