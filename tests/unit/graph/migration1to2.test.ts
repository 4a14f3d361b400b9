/** Version 1 -> 2 (snapshots freeze the map's positions): files and stored cases, through the one gate. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase, serializeCase } from '../../../src/graph/parse';
import { readCase } from '../../../src/graph/readCase';
import { CURRENT_VERSION } from '../../../src/graph/schema';
import { VALID } from '../../fixtures';
import { rawCase } from './helpers';

describe('migration from version 1 to 2', () => {
  it('reads a version-1 file with a snapshot: the snapshot keeps its data and has no frozen layout', () => {
    const read = parseCase(readFileSync(VALID.snapshotFamily, 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.version).toBe(2);
    const snap = read.value.snapshots[0]!;
    expect(snap.label).toBe('Na eerste gesprek');
    expect(snap.data.people.map((p) => p.name)).toContain('Buurvrouw Ans');
    expect(snap.layout).toBeUndefined();
  });

  it('drops a meaningless `layout` a version-1 file carried on a snapshot, even a malformed one', () => {
    const raw = rawCase();
    raw.snapshots = [{ id: 'snap1', takenAt: '2026-11-01', label: 'Eerder', data: { people: raw.people }, layout: { genogram: 'rommel' } }];
    const read = readCase(raw);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.snapshots[0]).not.toHaveProperty('layout');
  });

  it('keeps a version-2 snapshot layout, pruned of people not in the snapshot', () => {
    const raw: Record<string, any> = { ...rawCase(), version: 2 };
    raw.snapshots = [
      { id: 'snap1', takenAt: '2026-11-01', label: 'Eerder', data: { people: raw.people.slice(0, 1) }, layout: { netwerkkaart: { p1: { x: 0, y: 0 }, p2: { x: 5, y: 5 } }, genogram: { p1: { x: 1e9, y: 0 } } } },
    ];
    const read = readCase(raw);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.snapshots[0]?.layout).toEqual({ netwerkkaart: { p1: { x: 0, y: 0 } }, genogram: { p1: { x: 100_000, y: 0 } } });
  });

  it('refuses a bad position in a version-2 snapshot layout with its place', () => {
    const raw: Record<string, any> = { ...rawCase(), version: 2 };
    raw.snapshots = [{ id: 'snap1', takenAt: '2026-11-01', label: 'Eerder', data: { people: raw.people }, layout: { netwerkkaart: { p1: { x: 'links', y: 0 } } } }];
    const read = readCase(raw);
    expect(read).toMatchObject({ ok: false, error: { path: 'snapshots[0].layout.netwerkkaart.p1.x' } });
  });

  it('checks a position stored under __proto__ in a snapshot layout too', () => {
    const text = serializeCase({ ...readOk(rawCase()) }).replace('"snapshots": []', '"snapshots": [{"id":"s1","takenAt":"2026-11-01","label":"x","data":{},"layout":{"netwerkkaart":{"__proto__":{"x":"links","y":0}}}}]');
    const read = parseCase(text);
    expect(read.ok).toBe(false);
  });

  it('export writes the current version', () => {
    const doc = readOk(rawCase());
    expect(JSON.parse(serializeCase(doc)).version).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(2);
  });
});

function readOk(raw: unknown) {
  const read = readCase(raw);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value;
}
