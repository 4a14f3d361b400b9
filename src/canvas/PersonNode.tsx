/**
 * One person on the map: the standard symbol, name and years, and the current step's overlay
 * marks, all drawn by the pure functions in src/draw (the PDF export draws the same). Memoised:
 * React Flow re-renders a node only when its node object changes, and nodes.ts reuses node
 * objects for people that did not change.
 */
import { memo, useMemo } from 'react';
import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { GENOGRAM_FONT, drawPerson } from '../draw/person';
import { readingScale } from '../draw/readingScale';
import { NETWERKKAART_FONT } from '../layout/netwerkkaartGeometry';
import { canvasText } from '../i18n/canvas';
import { NODE_BOX } from './nodeBox';
import type { PersonFlowNode } from './nodes';
import { SvgTree } from './SvgTree';

const HALF = NODE_BOX / 2;

function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  const { person, overlay, view, labelRoom } = data;
  // Names and marks keep a readable size on a map shown small. The selectors return numbers in
  // steps, so a pinch re-renders a person only when a step is crossed.
  const font = view === 'genogram' ? GENOGRAM_FONT : NETWERKKAART_FONT;
  const nameScale = useStore((s) => readingScale(s.transform[2], font).name);
  const markScale = useStore((s) => readingScale(s.transform[2], font).mark);
  const drawing = useMemo(
    () => drawPerson(person, { view, marks: overlay, selected, labelRoom, reading: { name: nameScale, mark: markScale } }),
    [person, overlay, selected, view, labelRoom, nameScale, markScale],
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
      {/* A pointer's way to draw a tie. Hidden from screen readers (a div cannot carry a label
          without a role, and it takes no keyboard focus): their way is the list editor and the
          relative buttons. The title is the mouse's tooltip. */}
      <Handle type="source" position={Position.Right} id="out" className="nk-connect" aria-hidden="true" title={canvasText.connectHandle} />
    </div>
  );
}

export const PersonNode = memo(PersonNodeView);
