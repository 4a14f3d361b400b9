import { describe, expect, it } from 'vitest';
import { createDemoCase } from '../../../src/graph/demo';
import { parseCase, serializeCase } from '../../../src/graph/parse';
import { validate } from '../../../src/graph/validate';

const NOW = new Date('2026-11-28T10:00:00Z');

describe('createDemoCase', () => {
  it('is a valid case that round-trips through the file format', () => {
    const demo = createDemoCase(NOW);
    expect(validate(demo)).toEqual([]);
    const parsed = parseCase(serializeCase(demo));
    expect(parsed).toEqual({ ok: true, value: demo });
  });

  it('is deterministic for a given moment', () => {
    expect(serializeCase(createDemoCase(NOW))).toBe(serializeCase(createDemoCase(NOW)));
  });

  it('is the De Vries family with Sam as the one focus person', () => {
    const demo = createDemoCase(NOW);
    expect(demo.case.title).toBe('Voorbeeld: familie De Vries');
    expect(demo.people.length).toBeGreaterThanOrEqual(15);
    expect(demo.people.filter((p) => p.focus).map((p) => p.name)).toEqual(['Sam']);
    expect(new Set(demo.people.map((p) => p.sector)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(demo.people.map((p) => p.closeness))).toEqual(new Set([1, 2, 3]));
    expect(demo.meetings[0]?.date).toBe('2026-11-14');
  });
});
