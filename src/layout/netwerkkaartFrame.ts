/**
 * The netwerkkaart's frame (wedge angles and ring radii) as stored in the document, and the
 * geometry drawn from it. The automatic geometry is sized from how many people each wedge and
 * ring holds, so it changes whenever someone is added; once the map is in use the frame it had
 * is kept (see holdStill.ts) and new people are fitted into it, so nobody else moves.
 */
import { SECTORS, type CaseDocument, type NetwerkkaartFrame } from '../graph/schema';
import { focusPerson } from '../graph/queries';
import { CENTRE_RADIUS, countPlaced, type EcogramGeometry, type SectorWedge } from './netwerkkaartGeometry';

const TWO_PI = Math.PI * 2;
/** A ring band narrower than this could not hold a symbol: a hand-edited frame is widened. */
const MIN_STORED_BAND = 40;

const toDegrees = (rad: number) => Math.round(((rad * 180) / Math.PI) * 1000) / 1000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The frame of a geometry, in the file's units (degrees, flow px). */
export function frameOf(geometry: EcogramGeometry): NetwerkkaartFrame {
  const sectors = Object.fromEntries(geometry.sectors.map((w) => [w.sector, toDegrees(w.endAngle - w.startAngle)]));
  return {
    sectors: sectors as NetwerkkaartFrame['sectors'],
    rings: [round1(geometry.ringRadii[0]), round1(geometry.ringRadii[1]), round1(geometry.ringRadii[2])],
  };
}

/**
 * The geometry of a stored frame, for the people of `doc`. A frame from a file is repaired
 * rather than refused: angles are scaled to a full circle (equal wedges when they sum to
 * nothing) and rings are kept in order and at least a symbol wide.
 */
export function geometryFromFrame(doc: Pick<CaseDocument, 'people'>, frame: NetwerkkaartFrame): EcogramGeometry {
  const centreId = focusPerson(doc)?.id ?? null;
  const counts = countPlaced(doc, centreId);
  const degrees = SECTORS.map((s) => Math.max(0, frame.sectors[s] ?? 0));
  const total = degrees.reduce((a, b) => a + b, 0);
  const angles = degrees.map((d) => (total > 0 ? (d / total) * TWO_PI : TWO_PI / SECTORS.length));
  const sectors: SectorWedge[] = [];
  let start = -angles[0]! / 2;
  SECTORS.forEach((sector, i) => {
    const a = angles[i]!;
    sectors.push({ sector, startAngle: start, endAngle: start + a, count: counts.get(sector)!.reduce((x, y) => x + y, 0) });
    start += a;
  });
  const r1 = Math.max(frame.rings[0], CENTRE_RADIUS + MIN_STORED_BAND);
  const r2 = Math.max(frame.rings[1], r1 + MIN_STORED_BAND);
  const r3 = Math.max(frame.rings[2], r2 + MIN_STORED_BAND);
  const top = sectors[0]!.startAngle;
  return {
    centre: { x: 0, y: 0 },
    centreRadius: CENTRE_RADIUS,
    ringRadii: [r1, r2, r3],
    sectors,
    centreId,
    // Chosen from the positions by the caller (netwerkkaartView); a neutral ray until then.
    ringLabelAngles: [top, top, top],
  };
}
