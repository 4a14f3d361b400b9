/**
 * Next to a selected person in the genogram: add a partner, a child or a parent right there.
 * Shown above the person, where it hides a connector rather than the names of their row.
 */
import { canvasText } from '../i18n/canvas';
import type { RelativeKind } from '../graph/commands';
import { Floating } from './Floating';
import type { ScreenPoint } from './pending';

const ACTIONS: Array<{ kind: RelativeKind; label: string }> = [
  { kind: 'partner', label: canvasText.addPartner },
  { kind: 'child', label: canvasText.addChild },
  { kind: 'parent', label: canvasText.addParent },
];

export function RelativeActions({ at, onChoose }: { at: ScreenPoint; onChoose(kind: RelativeKind): void }) {
  return (
    <Floating at={at} anchor="above" role="group" label={canvasText.relativeActions} className="nk-relative-actions">
      {ACTIONS.map((a) => (
        <button key={a.kind} type="button" onClick={() => onChoose(a.kind)}>
          {a.label}
        </button>
      ))}
    </Floating>
  );
}
