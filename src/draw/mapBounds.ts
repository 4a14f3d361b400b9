/**
 * What "fit to screen" must show: every person with their label, and on the netwerkkaart
 * the whole circle with its sector labels (React Flow's own fitView only knows the nodes).
 */
import { ecogramBox, sectorLabelAngles } from './ecogramBackground';
import type { EcogramGeometry } from '../layout/netwerkkaart';
import type { Positions } from '../layout/types';

/** Room around a symbol centre for the symbol, its badges and the two label lines under it. */
const PAD_X = 60;
const PAD_TOP = 36;
const PAD_BOTTOM = 72;
const MIN_WIDTH = 640;
const MIN_HEIGHT = 420;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function mapBounds(positions: Positions, geometry: EcogramGeometry | null): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x - PAD_X);
    maxX = Math.max(maxX, p.x + PAD_X);
    minY = Math.min(minY, p.y - PAD_TOP);
    maxY = Math.max(maxY, p.y + PAD_BOTTOM);
  }
  if (geometry) {
    const box = ecogramBox(geometry, sectorLabelAngles(geometry, positions.values()));
    minX = Math.min(minX, box.minX);
    maxX = Math.max(maxX, box.maxX);
    minY = Math.min(minY, box.minY);
    maxY = Math.max(maxY, box.maxY);
  }
  if (!Number.isFinite(minX)) return null;
  // A few people must not be blown up to giant symbols: fit at least a modest area.
  const width = Math.max(maxX - minX, MIN_WIDTH);
  const height = Math.max(maxY - minY, MIN_HEIGHT);
  return { x: (minX + maxX - width) / 2, y: (minY + maxY - height) / 2, width, height };
}
