/**
 * The fields of a relation that depend on its kind, shared by the add and the edit form.
 * Works on a whole draft relation so the caller can check it (relationProblem) before running.
 */
import { FLOWS, PARENT_TYPES, PARTNER_STATUSES, TIE_QUALITIES, type Person, type Relation } from '../../graph/schema';
import { flowLabels, parentTypeLabels, partnerStatusLabels, tieQualityLabels } from '../../i18n/labels';
import { editor } from '../../i18n/editor';
import { optionsFrom, SelectField } from './fields';
import { displayName } from '../../i18n/names';

const t = editor.relations;

export function RelationFields({ relation, people, onChange }: {
  relation: Relation;
  people: readonly Person[];
  onChange(next: Relation): void;
}) {
  const personOptions = people.map((p) => ({ value: p.id, label: displayName(p) }));
  const [fromLabel, toLabel] = t.ends[relation.kind];
  return (
    <>
      <SelectField
        label={fromLabel}
        value={people.some((p) => p.id === relation.from) ? relation.from : ''}
        placeholder={t.choose}
        options={personOptions}
        onChange={(from) => onChange({ ...relation, from })}
      />
      <SelectField
        label={toLabel}
        value={people.some((p) => p.id === relation.to) ? relation.to : ''}
        placeholder={t.choose}
        options={personOptions}
        onChange={(to) => onChange({ ...relation, to })}
      />
      {relation.kind === 'partner' && (
        <SelectField
          label={t.status}
          value={relation.status}
          options={optionsFrom(PARTNER_STATUSES, partnerStatusLabels)}
          onChange={(status) => onChange({ ...relation, status })}
        />
      )}
      {relation.kind === 'parent' && (
        <SelectField
          label={t.type}
          value={relation.type}
          options={optionsFrom(PARENT_TYPES, parentTypeLabels)}
          onChange={(type) => onChange({ ...relation, type })}
        />
      )}
      {relation.kind === 'tie' && (
        <>
          <SelectField
            label={t.quality}
            value={relation.quality}
            options={optionsFrom(TIE_QUALITIES, tieQualityLabels)}
            onChange={(quality) => onChange({ ...relation, quality })}
          />
          <SelectField label={t.flow} value={relation.flow} options={optionsFrom(FLOWS, flowLabels)} onChange={(flow) => onChange({ ...relation, flow })} />
        </>
      )}
    </>
  );
}
