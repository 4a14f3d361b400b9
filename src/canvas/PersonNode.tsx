/**
 * One person on the map: the standard symbol, name and years, and the current step's overlay
 * marks, all drawn by the pure functions in src/draw (the PDF export draws the same). Memoised:
 * React Flow re-renders a node only when its node object changes, and nodes.ts reuses node
 * objects for people that did not change.
 */
import { memo, useMemo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { overlayMarks } from '../draw/badges';
import { personLabel, personSymbol } from '../draw/symbols';
import { el } from '../draw/svg';
import { canvasText } from '../i18n/canvas';
import { linesThatFit } from './labelRoom';
import { NODE_BOX } from './nodeBox';
import { NETWERKKAART_FONT, NETWERKKAART_LABEL_WIDTH, NETWERKKAART_NAME_LINES } from '../layout/netwerkkaartGeometry';
import type { PersonFlowNode } from './nodes';
import { SvgTree } from './SvgTree';

const HALF = NODE_BOX / 2;
const GENOGRAM_FONT = 11;
/**
 * Netwerkkaart names: a little larger than the genogram's, because the whole circle is fitted to
 * the screen at about 0.8 zoom; wrapped within the spacing the layout keeps between people.
 */
const NETWERKKAART_LABEL = {
  fontSize: NETWERKKAART_FONT,
  maxWidth: NETWERKKAART_LABEL_WIDTH,
  maxLines: NETWERKKAART_NAME_LINES,
};


function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  const { person, overlay, view, labelRoom } = data;
  const drawing = useMemo(
    () =>
      el('g', {}, [
        personSymbol(person, { selected, dimmed: overlay.dimmed }),
        overlayMarks(overlay),
        personLabel(
          person,
          view === 'genogram'
            ? { fontSize: GENOGRAM_FONT, lines: linesThatFit(person.name, labelRoom, GENOGRAM_FONT) }
            : NETWERKKAART_LABEL,
        ),
      ]),
    [person, overlay, selected, view, labelRoom],
  );
  return (
    <div
      className="nk-person"
      data-person-id={person.id}
      data-sector={person.sector}
      data-selected={selected ? 'true' : undefined}
      data-dimmed={overlay.dimmed ? 'true' : undefined}
      title={overlay.description}
    >
      <svg
        className="nk-person__drawing"
        width={NODE_BOX}
        height={NODE_BOX}
        viewBox={`${-HALF} ${-HALF} ${NODE_BOX} ${NODE_BOX}`}
        aria-hidden="true"
        focusable="false"
      >
        <SvgTree node={drawing} />
      </svg>
      {/* Drop target: the whole node, live only while a connection is being dragged (CSS). */}
      <Handle type="target" position={Position.Top} id="in" className="nk-drop" isConnectableStart={false} />
      <Handle
        type="source"
        position={Position.Right}
        id="out"
        className="nk-connect"
        aria-label={canvasText.connectHandle}
        title={canvasText.connectHandle}
      />
    </div>
  );
}

export const PersonNode = memo(PersonNodeView);
