/** The map's own toolbar: add a person, lay out again, show the legend. Zoom and fit are React Flow's Controls. */
import { canvasText } from '../i18n/canvas';

export interface MapToolbarProps {
  onAddPerson(): void;
  onAutoLayout(): void;
  legendOpen: boolean;
  onToggleLegend(): void;
  busy: boolean;
  /** "Automatisch schikken" just moved everyone: say so. */
  rearranged?: boolean;
  /** Only in the genogram, where ties are an optional layer. */
  ties?: { shown: boolean; onToggle(): void };
}

export function MapToolbar({ onAddPerson, onAutoLayout, legendOpen, onToggleLegend, busy, rearranged, ties }: MapToolbarProps) {
  return (
    <div role="toolbar" aria-label={canvasText.toolbarLabel} className="nk-map-toolbar">
      <button type="button" data-for="professional" onClick={onAddPerson}>
        {canvasText.addPerson}
      </button>
      <button type="button" data-for="professional" onClick={onAutoLayout}>
        {canvasText.autoLayout}
      </button>
      <button type="button" aria-pressed={legendOpen} onClick={onToggleLegend}>
        {canvasText.legendTitle}
      </button>
      {ties && (
        <button type="button" aria-pressed={ties.shown} onClick={ties.onToggle}>
          {canvasText.showTies}
        </button>
      )}
      <span className="nk-map-toolbar__status" role="status" aria-live="polite">
        {busy ? canvasText.layoutBusy : rearranged ? canvasText.rearranged : ''}
      </span>
    </div>
  );
}
