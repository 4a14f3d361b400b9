/** The legend of the current view's symbols and lines, drawn by the shared pure legend drawing. */
import { memo, useMemo } from 'react';
import { Panel } from '@xyflow/react';
import type { ViewName } from '../graph/schema';
import { legend } from '../draw/legend';
import { canvasText } from '../i18n/canvas';
import { SvgTree } from './SvgTree';

function LegendPanelView({ view }: { view: ViewName }) {
  const drawing = useMemo(() => legend(view), [view]);
  return (
    <Panel position="top-left" className="nk-legend" aria-label={canvasText.legendTitle} role="region">
      <SvgTree node={drawing.node} width={drawing.width} height={drawing.height} title={canvasText.legendTitle} />
    </Panel>
  );
}

export const LegendPanel = memo(LegendPanelView);
