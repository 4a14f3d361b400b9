import { describe, expect, it } from 'vitest';
import { SECTORS, type Closeness, type Person, type Sector } from '../../../src/graph/schema';
import {
  ecogramGeometry,
  layoutNetwerkkaart,
  layoutWithGeometry,
  NODE_SPACING,
  placeAt,
  polar,
  ringInner,
  ringOuter,
  type EcogramGeometry,
} from '../../../src/layout/netwerkkaart';
import { SYMBOL_SIZE } from '../../../src/layout/metrics';
import type { Positions } from '../../../src/layout/types';

function person(id: string, sector: Sector, closeness: Closeness, extra: Partial<Person> = {}): Person {
  return { id, name: `Naam ${id}`, gender: 'female', sector, closeness, ...extra };
}

function sampleDoc(): { people: Person[] } {
  const people: Person[] = [person('focus', 'household', 1, { focus: true, name: 'Sam' })];
  let i = 0;
  for (const s of SECTORS) {
    if (s === 'faith') continue; // one empty sector on purpose
    for (const c of [1, 2, 3] as const) {
      const n = (i++ % 4) + (s === 'family' ? 5 : 0);
      for (let k = 0; k < n; k++) people.push(person(`${s}-${c}-${k}`, s, c));
    }
  }
  return { people };
}

function minDistance(pos: Positions): number {
  const pts = [...pos.values()];
  let min = Infinity;
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++)
      min = Math.min(min, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
  return min;
}

function expectInPlace(geom: EcogramGeometry, people: Person[], pos: Positions): void {
  for (const p of people) {
    if (p.id === geom.centreId) continue;
    const at = pos.get(p.id)!;
    expect(placeAt(geom, at), `${p.id} at ${at.x},${at.y}`).toEqual({ sector: p.sector, closeness: p.closeness });
    const r = Math.hypot(at.x - geom.centre.x, at.y - geom.centre.y);
    // Not just inside: the whole symbol stays inside its ring band.
    expect(r - SYMBOL_SIZE / 2).toBeGreaterThanOrEqual(ringInner(geom, p.closeness));
    expect(r + SYMBOL_SIZE / 2 - 1e-6).toBeLessThanOrEqual(ringOuter(geom, p.closeness));
    // ... and clear of the wedge's boundary rays.
    const wedge = geom.sectors.find((w) => w.sector === p.sector)!;
    let a = Math.atan2(at.x - geom.centre.x, -(at.y - geom.centre.y));
    while (a < wedge.startAngle) a += 2 * Math.PI;
    for (const edge of [wedge.startAngle, wedge.endAngle]) {
      const off = Math.min(Math.abs(a - edge), Math.PI / 2);
      expect(r * Math.sin(off)).toBeGreaterThanOrEqual(SYMBOL_SIZE / 2);
    }
  }
}

describe('layoutNetwerkkaart', () => {
  it('puts the focus person at the centre and everyone in their wedge and ring', () => {
    const doc = sampleDoc();
    const { geometry, positions } = layoutWithGeometry(doc);
    expect(positions.get('focus')).toEqual(geometry.centre);
    expect([...positions.keys()]).toHaveLength(doc.people.length);
    expectInPlace(geometry, doc.people, positions);
  });

  it('keeps symbols at least a symbol plus a label margin apart', () => {
    const pos = layoutNetwerkkaart(sampleDoc());
    expect(minDistance(pos)).toBeGreaterThanOrEqual(SYMBOL_SIZE + 40);
    expect(NODE_SPACING).toBeGreaterThanOrEqual(SYMBOL_SIZE + 40);
  });

  it('fits 40 people in one sector and ring without overlap, staggered and in place', () => {
    const people = [person('f', 'household', 1, { focus: true })];
    for (let k = 0; k < 40; k++) people.push(person(`n${String(k).padStart(2, '0')}`, 'neighbourhood', 1));
    people.push(person('x1', 'family', 1), person('x2', 'professional', 3));
    const { geometry, positions } = layoutWithGeometry({ people });
    expect(minDistance(positions)).toBeGreaterThanOrEqual(SYMBOL_SIZE + 40);
    expectInPlace(geometry, people, positions);
    const radii = new Set(people.filter((p) => p.sector === 'neighbourhood').map((p) => Math.round(Math.hypot(positions.get(p.id)!.x, positions.get(p.id)!.y))));
    expect(radii.size).toBeGreaterThan(1);
    // The busy sector's wedge widened.
    const wedge = geometry.sectors.find((s) => s.sector === 'neighbourhood')!;
    const family = geometry.sectors.find((s) => s.sector === 'family')!;
    expect(wedge.endAngle - wedge.startAngle).toBeGreaterThan(family.endAngle - family.startAngle);
  });

  it('keeps many people in every sector apart (200 people)', () => {
    const people = [person('f', 'household', 1, { focus: true })];
    for (let k = 0; k < 200; k++) {
      people.push(person(`p${k}`, SECTORS[(k * 7) % SECTORS.length]!, ((k % 3) + 1) as Closeness));
    }
    const { geometry, positions } = layoutWithGeometry({ people });
    expect(minDistance(positions)).toBeGreaterThanOrEqual(SYMBOL_SIZE + 40);
    expectInPlace(geometry, people, positions);
  });

  it('is deterministic and independent of input order', () => {
    const doc = sampleDoc();
    const a = layoutNetwerkkaart(doc);
    const b = layoutNetwerkkaart({ people: [...doc.people].reverse() });
    expect(b).toEqual(a);
  });

  it('orders people in a group by name', () => {
    const people = [person('z', 'friends', 2, { name: 'Anna' }), person('a', 'friends', 2, { name: 'Zoë' })];
    const pos = layoutNetwerkkaart({ people });
    const angle = (id: string) => Math.atan2(pos.get(id)!.x, -pos.get(id)!.y);
    expect(angle('z')).toBeLessThan(angle('a'));
  });

  it('handles an empty case and a case without focus person', () => {
    expect(layoutNetwerkkaart({ people: [] })).toEqual(new Map());
    const pos = layoutNetwerkkaart({ people: [person('a', 'family', 1)] });
    expect(Math.hypot(pos.get('a')!.x, pos.get('a')!.y)).toBeGreaterThan(0);
  });
});

describe('ecogramGeometry and placeAt', () => {
  it('covers the circle with all nine sectors; empty ones stay visible', () => {
    const geom = ecogramGeometry(sampleDoc());
    expect(geom.sectors.map((s) => s.sector)).toEqual([...SECTORS]);
    const total = geom.sectors.reduce((a, s) => a + s.endAngle - s.startAngle, 0);
    expect(total).toBeCloseTo(Math.PI * 2, 9);
    for (let i = 1; i < geom.sectors.length; i++) {
      expect(geom.sectors[i]!.startAngle).toBeCloseTo(geom.sectors[i - 1]!.endAngle, 9);
    }
    const faith = geom.sectors.find((s) => s.sector === 'faith')!;
    expect(faith.count).toBe(0);
    // Narrow, but wide enough to tap a cell: at least 44 px across the inner ring at zoom 1.
    const faithAngle = faith.endAngle - faith.startAngle;
    const innerMid = (geom.centreRadius + geom.ringRadii[0]) / 2;
    expect(2 * innerMid * Math.sin(faithAngle / 2)).toBeGreaterThanOrEqual(44);
    // No sector with people is narrower than an empty one.
    for (const w of geom.sectors) if (w.count > 0) expect(w.endAngle - w.startAngle).toBeGreaterThanOrEqual(faithAngle - 1e-9);
    expect(geom.ringRadii[0]).toBeLessThan(geom.ringRadii[1]);
    expect(geom.ringRadii[1]).toBeLessThan(geom.ringRadii[2]);
  });

  it('maps the middle of every wedge and band back to that sector and ring', () => {
    const geom = ecogramGeometry(sampleDoc());
    for (const w of geom.sectors) {
      for (const c of [1, 2, 3] as const) {
        const r = (ringInner(geom, c) + ringOuter(geom, c)) / 2;
        for (const t of [0.05, 0.5, 0.95]) {
          const a = w.startAngle + t * (w.endAngle - w.startAngle);
          expect(placeAt(geom, polar(geom.centre, a, r))).toEqual({ sector: w.sector, closeness: c });
        }
      }
    }
  });

  it('returns null in the centre disc and outside the outer ring', () => {
    const geom = ecogramGeometry(sampleDoc());
    expect(placeAt(geom, geom.centre)).toBeNull();
    expect(placeAt(geom, { x: geom.ringRadii[2] + 1, y: 0 })).toBeNull();
    expect(placeAt(geom, { x: 0, y: -(geom.centreRadius + 1) })).toEqual({ sector: 'household', closeness: 1 });
  });
});
