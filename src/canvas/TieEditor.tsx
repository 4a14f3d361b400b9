/**
 * Change a selected tie in place: quality (line style) and direction of support (arrows).
 * Docked in a top corner of the map rather than on the tie, so it never hides the people around
 * the focus person where most ties meet: the corner away from the tie (it covered the tie's own
 * end in the top-right); each change is one command and one undo step.
 */
import { FLOWS, TIE_QUALITIES, type Flow, type TieQuality, type TieRelation } from '../graph/schema';
import { updateRelation } from '../graph/commands';
import { flowLabels, tieQualityLabels } from '../i18n/labels';
import { canvasText } from '../i18n/canvas';
import { useAppStoreApi } from '../state/react';
import { Floating } from './Floating';

export interface TieEditorProps {
  tie: TieRelation;
  title: string;
  corner?: 'top-left' | 'top-right';
}

export function TieEditor({ tie, title, corner = 'top-right' }: TieEditorProps) {
  const store = useAppStoreApi();
  const run = (patch: Partial<TieRelation>) => store.getState().run(updateRelation, { id: tie.id, patch });
  return (
    <Floating
      at={{ x: 0, y: 0 }}
      anchor={corner}
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
