/**
 * The size of a person node's box in flow units. The box is centred on the symbol (React Flow's
 * nodeOrigin is [0.5, 0.5], so a node's position is the symbol centre, like Positions), and is
 * larger than the 40 px symbol so that the tap target stays at least 44 px at 100 % zoom.
 */
import { MIN_TARGET, SYMBOL_SIZE } from '../layout/metrics';

export const NODE_BOX = Math.max(MIN_TARGET + 4, SYMBOL_SIZE + 8);
export const NODE_ORIGIN: [number, number] = [0.5, 0.5];
