import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from '../../../src/graph/migrations';
import { parseCase } from '../../../src/graph/parse';
import { readCase } from '../../../src/graph/readCase';
import { CURRENT_VERSION } from '../../../src/graph/schema';
import { V0_FIXTURE } from '../../fixtures';
import { rawCase } from './helpers';

/** A hypothetical step: version 0 called people "persons" and kept the title at the top. */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  data({ persons, ...rest }) {
    return { ...rest, people: persons };
  },
  document({ title, ...rest }) {
    return { ...rest, case: { id: 'c-migrated', title, createdAt: '2020-01-01', updatedAt: '2020-01-01' } };
  },
};

/** A pretend next version: the sector "school" became "school-work". Read with `version: 3`. */
const v2ToV3: Migration = {
  from: 2,
  to: 3,
  data: (raw) => ({
    ...raw,
    people: (raw.people as Array<Record<string, unknown>>).map((p) => (p.sector === 'school' ? { ...p, sector: 'school-work' } : p)),
  }),
};

/** A version-2 case as the pretend older app wrote it: "school" live and in its snapshot. */
function v2WithSchool() {
  const raw: Record<string, any> = { ...rawCase(), version: 2 };
  raw.people[2].sector = 'school';
  raw.snapshots = [{ id: 'snap1', takenAt: '2026-11-01', label: 'Eerder', data: { people: structuredClone(raw.people) } }];
  return raw;
}

describe('migrations', () => {
  it('version 1 is the baseline; the chain is numbered, append-only and ends at the current version', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[1, 2]]);
    MIGRATIONS.forEach((m, i) => expect([m.from, m.to]).toEqual([i + 1, i + 2]));
  });

  it('runs a migration on an old file, step by step, then validates the result', () => {
    const result = parseCase(readFileSync(V0_FIXTURE, 'utf8'), { migrations: [v0ToV1, ...MIGRATIONS] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(2);
    expect(result.value.case.title).toBe('Familie uit versie 0');
    expect(result.value.people.map((p) => p.name)).toEqual(['Sam', 'Linda']);
    expect('persons' in result.value).toBe(false);
  });

  it("migrates every snapshot's data through the same step, at the document's version", () => {
    const raw = JSON.parse(readFileSync(V0_FIXTURE, 'utf8'));
    raw.snapshots = [{ id: 'snap1', takenAt: '2020-01-01', label: 'Eerder', data: { persons: raw.persons.slice(0, 1) } }];
    const result = migrate(raw, 0, 1, [v0ToV1]);
    expect(result.ok && result.value.snapshots).toEqual([{ id: 'snap1', takenAt: '2020-01-01', label: 'Eerder', data: { people: [raw.persons[0]] } }]);
    const read = readCase(raw, { migrations: [v0ToV1, ...MIGRATIONS] });
    expect(read.ok && read.value.snapshots[0]?.data.people.map((p) => p.name)).toEqual(['Sam']);
  });

  it('reads as a newer app would: the target version is injectable, and the snapshot is migrated too', () => {
    const raw = v2WithSchool();
    // Without the step the live "school" is refused; with it neither copy is.
    expect(readCase(raw, { version: 3 })).toMatchObject({ ok: false, error: { code: 'migration', params: { version: 2, stuckAt: 2 } } });
    const read = readCase(raw, { migrations: [...MIGRATIONS, v2ToV3], version: 3 });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.version).toBe(3);
    expect(read.value.people[2]?.sector).toBe('school-work');
    expect(read.value.snapshots[0]?.data.people[2]?.sector).toBe('school-work');
    // A step that forgot the snapshots could not pass: the snapshot's "school" would be refused.
    const liveOnly = readCase({ ...raw, people: read.value.people }, { migrations: [{ from: 2, to: 3 }], version: 3 });
    expect(liveOnly).toMatchObject({ ok: false, error: { code: 'bad-enum', path: 'snapshots[0].data.people[2].sector' } });
  });

  it('a newer reader refuses a version above its own', () => {
    const raw = { ...rawCase(), version: 4 };
    expect(readCase(raw, { migrations: [...MIGRATIONS, v2ToV3], version: 3 })).toEqual({ ok: false, error: { code: 'too-new', path: 'version', params: { version: 4, current: 3 } } });
  });

  it('chains several steps in order', () => {
    const steps: Migration[] = [
      { from: -1, to: 0, document: (raw) => ({ ...raw, trail: ['-1->0'] }) },
      { from: 0, to: 1, document: (raw) => ({ ...raw, trail: [...(raw.trail as string[]), '0->1'] }) },
    ];
    const result = migrate({ version: -1 }, -1, 1, steps);
    expect(result).toEqual({ ok: true, value: { version: 1, trail: ['-1->0', '0->1'] } });
  });

  it('does not change the input object, its snapshots included', () => {
    const raw = { version: 0, persons: [], title: 'x', snapshots: [{ id: 's', data: { persons: [] } }] };
    migrate(raw, 0, 1, [v0ToV1]);
    expect(raw).toEqual({ version: 0, persons: [], title: 'x', snapshots: [{ id: 's', data: { persons: [] } }] });
  });

  it('refuses a gap in the chain, naming the version where it stops', () => {
    const result = migrate({}, -1, 1, [v0ToV1]);
    expect(result).toEqual({ ok: false, error: { stuckAt: -1 } });
    const parsed = parseCase(JSON.stringify({ format: 'netwerkkaart', version: -1 }), { migrations: [v0ToV1] });
    expect(parsed).toEqual({ ok: false, error: { code: 'migration', path: 'version', params: { version: -1, stuckAt: -1 } } });
  });

  it('refuses a migration that does not move forward (it would loop)', () => {
    expect(migrate({}, 0, 1, [{ from: 0, to: 0, data: (r) => r }]).ok).toBe(false);
  });

  it('a migrated file that is still invalid is refused like any other', () => {
    const broken: Migration = { ...v0ToV1, data: (raw) => ({ ...v0ToV1.data!(raw), people: [{ id: 'p1' }] }) };
    const result = parseCase(readFileSync(V0_FIXTURE, 'utf8'), { migrations: [broken, ...MIGRATIONS] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe('people[0].name');
  });
});
