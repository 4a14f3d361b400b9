/**
 * Right after a contact is made from the connect menu, at the same place: which way does the
 * support go? One tap sets it and closes; Escape (or a click elsewhere) keeps "Geen richting".
 */
import { FLOWS, type Flow } from '../graph/schema';
import { canvasText } from '../i18n/canvas';
import { flowLabels } from '../i18n/labels';
import { PointMenu } from './ConnectMenu';

export interface TieFlowMenuProps {
  at: { x: number; y: number };
  title: string;
  onChoose(flow: Flow): void;
  onDone(): void;
}

export function TieFlowMenu({ at, title, onChoose, onDone }: TieFlowMenuProps) {
  return (
    <PointMenu at={at} label={canvasText.tieFlowMenuLabel} className="nk-connect-menu" onCancel={onDone}>
      <p className="nk-popover__title">{title}</p>
      <div role="menu" aria-label={canvasText.tieFlowMenuLabel}>
        {FLOWS.map((flow) => (
          <button key={flow} type="button" role="menuitem" onClick={() => onChoose(flow)}>
            {flowLabels[flow]}
          </button>
        ))}
      </div>
    </PointMenu>
  );
}
