/** The legend of the current view's symbols and lines, drawn by the shared pure legend drawing. */
import { memo, useMemo } from 'react';
import { Panel } from '@xyflow/react';
import type { ViewName } from '../graph/schema';
import { markKinds, type MarkKind, type OverlayMarks } from '../draw/badges';
import { legend } from '../draw/legend';
import { canvasText } from '../i18n/canvas';
import { SvgTree } from './SvgTree';

interface LegendPanelProps {
  view: ViewName;
  /** The map shows the ties (always on the netwerkkaart, after "Banden tonen" in the genogram). */
  ties: boolean;
  /** The step marks of the people on the map: the legend explains only the kinds that are there. */
  marks: Iterable<OverlayMarks>;
}

function LegendPanelView({ view, ties, marks }: LegendPanelProps) {
  // Keyed by the kinds, so a drag or an edit that leaves the same kinds does not redraw the legend.
  const kinds = [...markKinds(marks)].sort().join(' ');
  const drawing = useMemo(
    // Two columns at most: the map pane is narrow beside the steps and the list; the panel scrolls.
    () => legend(view, { ties, columns: 2, marks: new Set(kinds ? (kinds.split(' ') as MarkKind[]) : []) }),
    [view, ties, kinds],
  );
  return (
    <Panel position="top-left" className="nk-legend" aria-label={canvasText.legendTitle} role="region">
      <SvgTree node={drawing.node} width={drawing.width} height={drawing.height} title={canvasText.legendTitle} />
    </Panel>
  );
}

export const LegendPanel = memo(LegendPanelView);
