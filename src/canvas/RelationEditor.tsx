/**
 * Change a couple's status or a child line's type on the map, one tap each. Opens when such a
 * line is clicked (GenogramLineTargets), and right after "Partner toevoegen" or "Kind toevoegen"
 * to ask it at once ("Linda en Noor: wat voor relatie?"); in that case one tap answers and closes
 * it, and ignoring it keeps the default. Docked like the tie editor in the corner that covers
 * the fewest people (it sat top right over Oma Riet), so it never hides the people it is about. Every tap is one command and one undo step.
 */
import { PARENT_TYPES, PARTNER_STATUSES, type ParentType, type ParentRelation, type PartnerRelation } from '../graph/schema';
import { setParentType, updateRelation } from '../graph/commands';
import { canvasText } from '../i18n/canvas';
import { parentTypeLabels, partnerStatusLabels } from '../i18n/labels';
import { useAppStoreApi } from '../state/react';
import { ChoiceButtons } from './ChoiceButtons';
import { Floating, type QuietRequest } from './Floating';

export type EditedRelations = { kind: 'partner'; relation: PartnerRelation } | { kind: 'parent'; relations: ParentRelation[] };

export interface RelationEditorProps {
  edited: EditedRelations;
  nameOf(id: string): string;
  /** Asked right after adding: a choice closes the editor. */
  asking: boolean;
  onDone(): void;
  /** Who stands where and where the line is: the editor docks in the corner that hides nobody. */
  quiet: QuietRequest;
}

export function RelationEditor({ edited, nameOf, asking, onDone, quiet }: RelationEditorProps) {
  const store = useAppStoreApi();
  const done = () => {
    if (asking) onDone();
  };
  return (
    <Floating
      at={{ x: 0, y: 0 }}
      anchor="corner"
      quiet={quiet}
      placeKey={edited.kind === 'partner' ? edited.relation.id : edited.relations.map((r) => r.id).join(' ')}
      role="group" label={canvasText.relationEditorLabel} className="nk-popover nk-relation-editor">
      {edited.kind === 'partner' ? (
        <ChoiceButtons
          label={canvasText.coupleQuestion(nameOf(edited.relation.from), nameOf(edited.relation.to))}
          options={PARTNER_STATUSES}
          labels={partnerStatusLabels}
          value={edited.relation.status}
          onChoose={(status) => {
            store.getState().run(updateRelation, { id: edited.relation.id, patch: { status } });
            done();
          }}
        />
      ) : (
        <ChoiceButtons
          label={canvasText.childQuestion(nameOf(edited.relations[0]!.to))}
          options={PARENT_TYPES}
          labels={parentTypeLabels}
          value={sameType(edited.relations)}
          onChoose={(type) => {
            store.getState().run(setParentType, { relationIds: edited.relations.map((r) => r.id), type });
            done();
          }}
        />
      )}
      <button type="button" className="nk-popover__close" onClick={onDone}>
        {canvasText.close}
      </button>
    </Floating>
  );
}

function sameType(relations: readonly ParentRelation[]): ParentType | null {
  const first = relations[0]?.type ?? null;
  return relations.every((r) => r.type === first) ? first : null;
}
