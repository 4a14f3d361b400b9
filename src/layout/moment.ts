/**
 * A moment of a case — a snapshot, or the case now — as something the map functions can draw:
 * a document with the moment's data and, for a snapshot, its frozen positions as if hand-placed,
 * so netwerkkaartView and viewPositions give back exactly the map as it looked. And the other
 * way: everyone's position in both views now, for a snapshot to freeze.
 */
import { createCase } from '../graph/create';
import { caseData } from '../graph/commands/snapshots';
import { mapToRecord } from '../graph/idRecord';
import { clampCoordinate, type CaseDocument, type Layout, type Point, type Snapshot, type ViewName } from '../graph/schema';
import { layoutGenogram, type ElkLike } from './genogram';
import { netwerkkaartView } from './netwerkkaartView';
import type { EcogramGeometry } from './netwerkkaartGeometry';
import { frameOf } from './netwerkkaartFrame';
import { viewPositions } from './placement';
import type { Positions } from './types';

/** A snapshot as a read-only document (never stored: its case info is a placeholder). */
export function snapshotDocument(snapshot: Snapshot): CaseDocument {
  const doc: CaseDocument = { ...createCase({ id: `moment:${snapshot.id}`, title: snapshot.label, now: new Date(0) }), ...caseData(snapshot.data) };
  return snapshot.layout ? { ...doc, layout: snapshot.layout } : doc;
}

export interface MomentMap {
  positions: Positions;
  /** The netwerkkaart's rings and wedges (netwerkkaart only), kept so nobody computes them twice. */
  geometry?: EcogramGeometry;
}

/** Where everyone stands in one view of a document (frozen or hand-placed positions over the automatic layout). */
export async function viewOf(doc: CaseDocument, view: ViewName, elk: ElkLike): Promise<MomentMap> {
  if (view === 'netwerkkaart') return netwerkkaartView(doc);
  const frozen = doc.layout?.genogram;
  // A frozen genogram needs no ELK run: every member's place is in it.
  if (frozen && Object.keys(frozen).length > 0) return { positions: viewPositions(doc, 'genogram', new Map()) };
  return { positions: viewPositions(doc, 'genogram', await layoutGenogram(doc, elk)) };
}

const rounded = (positions: Positions): Record<string, Point> =>
  mapToRecord(new Map([...positions].map(([id, p]) => [id, { x: clampCoordinate(Math.round(p.x * 10) / 10), y: clampCoordinate(Math.round(p.y * 10) / 10) }])));

/** Everyone's position in both views now, and the netwerkkaart's frame: what a snapshot freezes. */
export async function freezeLayout(doc: CaseDocument, elk: ElkLike): Promise<Layout> {
  const nk = netwerkkaartView(doc, { labels: false });
  const genogram = viewPositions(doc, 'genogram', await layoutGenogram(doc, elk));
  return { genogram: rounded(genogram), netwerkkaart: rounded(nk.positions), netwerkkaartFrame: doc.layout?.netwerkkaartFrame ?? frameOf(nk.geometry) };
}
