/**
 * The netwerkkaart of a document as it is drawn: its geometry and everyone's position. Without
 * a stored frame this is the automatic layout (sized to the people) with hand-placed positions
 * over it; with one, the stored frame, stored positions, and a free spot in their own wedge and
 * ring for anyone without a position (a file edited by hand, or an older file). One function for
 * the canvas, the PDF and the snapshots, so they all show the same map.
 */
import type { CaseDocument, Person, Point } from '../graph/schema';
import { freeSpot, Occupied } from './freeSpot';
import { chooseRingLabelRays, layoutWithGeometry } from './netwerkkaart';
import { geometryFromFrame } from './netwerkkaartFrame';
import type { EcogramGeometry } from './netwerkkaartGeometry';
import { manualPositions, viewPositions } from './placement';
import type { Positions } from './types';

export interface NetwerkkaartView {
  geometry: EcogramGeometry;
  positions: Positions;
}

export interface ViewOptions {
  /** Skip choosing where the ring names go (holdStill only needs the positions). */
  labels?: boolean;
}

export function netwerkkaartView(doc: Pick<CaseDocument, 'people' | 'layout'>, options: ViewOptions = {}): NetwerkkaartView {
  const frame = doc.layout?.netwerkkaartFrame;
  if (!frame) {
    const auto = layoutWithGeometry(doc);
    return { geometry: auto.geometry, positions: viewPositions(doc as CaseDocument, 'netwerkkaart', auto.positions) };
  }
  const geometry = geometryFromFrame(doc, frame);
  const manual = manualPositions(doc as CaseDocument, 'netwerkkaart');
  const positions = new Map<string, Point>();
  const occupied = new Occupied();
  const missing: Person[] = [];
  for (const p of doc.people) {
    const at = manual.get(p.id) ?? (p.id === geometry.centreId ? geometry.centre : undefined);
    if (at) {
      positions.set(p.id, at);
      occupied.add(at);
    } else {
      missing.push(p);
    }
  }
  for (const p of missing) {
    const { at } = freeSpot(geometry, p.sector, p.closeness, occupied);
    positions.set(p.id, at);
    occupied.add(at);
  }
  if (options.labels === false) return { geometry, positions };
  return { geometry: { ...geometry, ringLabelAngles: chooseRingLabelRays(geometry, positions) }, positions };
}
