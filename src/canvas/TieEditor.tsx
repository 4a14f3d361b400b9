/**
 * Change a selected tie in place: quality (line style) and direction of support (arrows).
 * Docked in a corner of the map rather than on the tie, so it never hides the people around
 * the focus person where most ties meet: the corner that covers the fewest people, away from the
 * tie (quietCorner; a fixed top-right covered the tie's own end); each change is one command and
 * one undo step.
 */
import { FLOWS, TIE_QUALITIES, type Flow, type TieQuality, type TieRelation } from '../graph/schema';
import { updateRelation } from '../graph/commands';
import { flowLabels, tieQualityLabels } from '../i18n/labels';
import { canvasText } from '../i18n/canvas';
import { useAppStoreApi } from '../state/react';
import { Floating, type QuietRequest } from './Floating';

export interface TieEditorProps {
  tie: TieRelation;
  title: string;
  /** Who stands where and where the tie runs: the editor docks in the corner that hides nobody. */
  quiet: QuietRequest;
}

export function TieEditor({ tie, title, quiet }: TieEditorProps) {
  const store = useAppStoreApi();
  const run = (patch: Partial<TieRelation>) => store.getState().run(updateRelation, { id: tie.id, patch });
  return (
    <Floating
      at={{ x: 0, y: 0 }}
      anchor="corner"
      quiet={quiet}
      placeKey={tie.id}
      role="group"
      label={canvasText.tieEditorLabel}
      className="nk-popover nk-tie-editor"
    >
      <p className="nk-popover__title">{title}</p>
      <label>
        {canvasText.tieQuality}
        <select value={tie.quality} onChange={(e) => run({ quality: e.target.value as TieQuality })}>
          {TIE_QUALITIES.map((q) => (
            <option key={q} value={q}>
              {tieQualityLabels[q]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {canvasText.tieFlow}
        <select value={tie.flow} onChange={(e) => run({ flow: e.target.value as Flow })}>
          {FLOWS.map((f) => (
            <option key={f} value={f}>
              {flowLabels[f]}
            </option>
          ))}
        </select>
      </label>
    </Floating>
  );
}
