import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from '../../../src/graph/migrations';
import { parseCase } from '../../../src/graph/parse';
import { CURRENT_VERSION } from '../../../src/graph/schema';
import { V0_FIXTURE } from '../../fixtures';

/** A hypothetical step: version 0 called people "persons" and kept the title at the top. */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  migrate(raw) {
    const { persons, title, ...rest } = raw;
    return {
      ...rest,
      people: persons,
      case: { id: 'c-migrated', title, createdAt: '2020-01-01', updatedAt: '2020-01-01' },
    };
  },
};

describe('migrations', () => {
  it('version 1 is the baseline: no migrations yet, and the chain is numbered and append-only', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
    MIGRATIONS.forEach((m, i) => expect([m.from, m.to]).toEqual([i + 1, i + 2]));
  });

  it('runs a migration on an old file, step by step, then validates the result', () => {
    const result = parseCase(readFileSync(V0_FIXTURE, 'utf8'), { migrations: [v0ToV1] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(1);
    expect(result.value.case.title).toBe('Familie uit versie 0');
    expect(result.value.people.map((p) => p.name)).toEqual(['Sam', 'Linda']);
    expect('persons' in result.value).toBe(false);
  });

  it('chains several steps in order', () => {
    const steps: Migration[] = [
      { from: -1, to: 0, migrate: (raw) => ({ ...raw, trail: ['-1->0'] }) },
      { from: 0, to: 1, migrate: (raw) => ({ ...raw, trail: [...(raw.trail as string[]), '0->1'] }) },
    ];
    const result = migrate({ version: -1 }, -1, 1, steps);
    expect(result).toEqual({ ok: true, value: { version: 1, trail: ['-1->0', '0->1'] } });
  });

  it('does not change the input object', () => {
    const raw = { version: 0, persons: [], title: 'x' };
    migrate(raw, 0, 1, [v0ToV1]);
    expect(raw).toEqual({ version: 0, persons: [], title: 'x' });
  });

  it('refuses a gap in the chain, naming the version where it stops', () => {
    const result = migrate({}, -1, 1, [v0ToV1]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.stuckAt).toBe(-1);
    const parsed = parseCase(JSON.stringify({ format: 'netwerkkaart', version: -1 }), { migrations: [v0ToV1] });
    expect(parsed).toEqual({ ok: false, error: { code: 'migration', path: 'version', params: { version: -1, stuckAt: -1 } } });
  });

  it('refuses a migration that does not move forward (it would loop)', () => {
    expect(migrate({}, 0, 1, [{ from: 0, to: 0, migrate: (r) => r }]).ok).toBe(false);
  });

  it('a migrated file that is still invalid is refused like any other', () => {
    const broken: Migration = { ...v0ToV1, migrate: (raw) => ({ ...v0ToV1.migrate(raw), people: [{ id: 'p1' }] }) };
    const result = parseCase(readFileSync(V0_FIXTURE, 'utf8'), { migrations: [broken] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe('people[0].name');
  });
});
