/**
 * Automatic netwerkkaart layout: the focus person in the centre, everyone else in their sector
 * wedge and closeness ring. Pure and synchronous (a few hundred people take well under a
 * millisecond each), so it needs no worker. Manual positions are applied on top by the canvas.
 */
import { SECTORS, type CaseDocument, type Person, type Sector } from '../graph/schema';
import {
  boundaryMargin,
  comparePeople,
  ecogramGeometry,
  NODE_SPACING,
  polar,
  ringInner,
  ringOuter,
  rowRadius,
  rowsFor,
  type EcogramGeometry,
} from './netwerkkaartGeometry';
import type { Positions } from './types';

export {
  ecogramGeometry,
  placeAt,
  polar,
  ringInner,
  ringOuter,
  NODE_SPACING,
  type EcogramGeometry,
  type RingPlace,
  type SectorWedge,
} from './netwerkkaartGeometry';

/** Splits n people over rows with the given capacities, in proportion, so rows look balanced. */
function spreadOverRows(n: number, caps: number[]): number[] {
  const total = caps.reduce((a, b) => a + b, 0);
  const counts = caps.map((c) => Math.min(c, Math.floor((n * c) / total)));
  let left = n - counts.reduce((a, b) => a + b, 0);
  // Hand out the rest innermost-first, where people are closest to the family.
  for (let i = 0; left > 0 && i < caps.length; i = (i + 1) % caps.length) {
    if (counts[i]! < caps[i]!) {
      counts[i]! += 1;
      left -= 1;
    }
  }
  return counts;
}

function placeRow(
  geom: EcogramGeometry,
  startAngle: number,
  endAngle: number,
  radius: number,
  people: Person[],
  level: number,
  out: Positions,
): void {
  const margin = boundaryMargin(radius);
  const usable = endAngle - startAngle - 2 * margin;
  const mid = (startAngle + endAngle) / 2;
  // Keep a small group together in the middle of a wide wedge rather than at its edges.
  const comfortable = (1.5 * NODE_SPACING) / radius;
  const step = people.length === 1 ? 0 : Math.min(usable / (people.length - 1), comfortable);
  // Successive rows and rings of a sector shift to alternate sides, so that nobody stands right
  // behind someone else as seen from the centre, where a tie line would run through them.
  const slack = Math.max(0, usable - step * (people.length - 1));
  const shift = Math.min(slack / 2, comfortable / 2) * (level % 2 === 0 ? -1 : 1);
  const first = mid + shift - (step * (people.length - 1)) / 2;
  people.forEach((p, i) => {
    out[p.id] = polar(geom.centre, first + i * step, radius);
  });
}

export function layoutNetwerkkaart(doc: Pick<CaseDocument, 'people'>): Positions {
  return layoutWithGeometry(doc).positions;
}

/** Geometry and positions in one pass, for callers that draw the background too. */
export function layoutWithGeometry(doc: Pick<CaseDocument, 'people'>): {
  geometry: EcogramGeometry;
  positions: Positions;
} {
  const geometry = ecogramGeometry(doc);
  const positions: Positions = {};
  if (geometry.centreId !== null) positions[geometry.centreId] = { ...geometry.centre };

  const groups = new Map<string, Person[]>();
  for (const p of doc.people) {
    if (p.id === geometry.centreId) continue;
    const sector: Sector = (SECTORS as readonly string[]).includes(p.sector) ? p.sector : 'other';
    const key = `${sector}|${p.closeness}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }

  for (const wedge of geometry.sectors) {
    let level = 0;
    for (const closeness of [1, 2, 3] as const) {
      const people = groups.get(`${wedge.sector}|${closeness}`);
      if (!people) continue;
      people.sort(comparePeople);
      const inner = ringInner(geometry, closeness);
      const caps = rowsFor(people.length, wedge.endAngle - wedge.startAngle, inner);
      const perRow = spreadOverRows(people.length, caps);
      // Centre the rows in the band; a larger radius only adds room, so capacities still hold.
      const band = ringOuter(geometry, closeness) - inner;
      const offset = Math.max(0, (band - caps.length * NODE_SPACING) / 2);
      let next = 0;
      perRow.forEach((count, row) => {
        if (count === 0) return;
        const slice = people.slice(next, next + count);
        next += count;
        placeRow(geometry, wedge.startAngle, wedge.endAngle, rowRadius(inner, row) + offset, slice, level++, positions);
      });
    }
  }
  return { geometry, positions };
}
