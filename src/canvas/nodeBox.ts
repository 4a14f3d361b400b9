/**
 * The size of a person node's box in flow units. The box is centred on the symbol (React Flow's
 * nodeOrigin is [0.5, 0.5], so a node's position is the symbol centre, like Positions), and is
 * larger than the 40 px symbol so that the tap target stays at least 44 px at 100 % zoom.
 *
 * The box and its handles are fixed, so nodes carry them up front (`measured`, `handles`) and
 * React Flow never has to observe and measure a node in the DOM: measuring a few hundred new
 * nodes (getBoundingClientRect per handle) was a large part of the main-thread block on import,
 * and it ran again whenever the layout moved everyone.
 */
import { Position, type NodeHandle } from '@xyflow/react';
import { MIN_TARGET, SYMBOL_SIZE } from '../layout/metrics';

export const NODE_BOX = Math.max(MIN_TARGET + 4, SYMBOL_SIZE + 8);
export const NODE_ORIGIN: [number, number] = [0.5, 0.5];

/** The connect knob's size and how far it sticks out on the right (canvas.css .nk-connect). */
export const CONNECT_KNOB = 14;
const KNOB_OUTSET = 6;

/** Where PersonNode's two handles sit in the node box, as canvas.css places them. */
export const NODE_HANDLES: NodeHandle[] = [
  // The whole box is the drop target ('in').
  { id: 'in', type: 'target', position: Position.Top, x: 0, y: 0, width: NODE_BOX, height: NODE_BOX },
  // The knob is vertically centred on the right edge ('out').
  {
    id: 'out',
    type: 'source',
    position: Position.Right,
    x: NODE_BOX - CONNECT_KNOB + KNOB_OUTSET,
    y: (NODE_BOX - CONNECT_KNOB) / 2,
    width: CONNECT_KNOB,
    height: CONNECT_KNOB,
  },
];

export const NODE_MEASURED = { width: NODE_BOX, height: NODE_BOX } as const;

/** Above this many people the minimap (bottom left) helps to find one's way. */
export const MINIMAP_FROM = 40;
