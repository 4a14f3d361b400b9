/**
 * The difference between two lists of records of one kind, keyed by id: what was added, what was
 * removed, and what is there on both sides but differs (a renamed person is a change, not a
 * removal plus an addition). Lookups are Maps, never `{}`: ids come from files, and `constructor`
 * or `__proto__` is a valid id.
 */
import { sameRecord } from '../commands/records';

export interface RecordDiff<T> {
  added: T[];
  removed: T[];
  /** [before, after], in the order of the later list. */
  changed: [T, T][];
}

export const emptyRecordDiff = <T>(): RecordDiff<T> => ({ added: [], removed: [], changed: [] });

export function isEmptyRecordDiff(d: RecordDiff<unknown>): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

/** Linear in the two lists. Records are compared by reference first: commands share unchanged ones. */
export function diffRecords<T extends object>(before: readonly T[], after: readonly T[], key: (r: T) => string): RecordDiff<T> {
  const old = new Map<string, T>();
  for (const r of before) old.set(key(r), r);
  const diff = emptyRecordDiff<T>();
  const seen = new Set<string>();
  for (const r of after) {
    const k = key(r);
    seen.add(k);
    const was = old.get(k);
    if (was === undefined) diff.added.push(r);
    else if (was !== r && !sameRecord(was, r)) diff.changed.push([was, r]);
  }
  for (const r of before) if (!seen.has(key(r))) diff.removed.push(r);
  return diff;
}

/** Lookup by id, the one way the derived facts find a record on either side. */
export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((r) => [r.id, r]));
}
