/**
 * Building blocks shared by the per-kind commands. Every command is pure and returns the SAME
 * document object when it changes nothing or refuses, so the store can skip a no-op undo step.
 */
import type { z } from 'zod';
import { LIMITS, type CaseDocument } from '../schema';

/** A patch never changes a record's id; `undefined` in a patch removes that optional field. */
export type Patch<T> = { [K in keyof T as K extends 'id' ? never : K]?: T[K] };

export interface UpdateArgs<T> {
  id: string;
  patch: Patch<T>;
}

/** Is the id used by any record of the live document (ids are unique across the document)? */
export function idInUse(doc: CaseDocument, id: string): boolean {
  if (doc.case.id === id) return true;
  const lists = [doc.people, doc.relations, doc.needs, doc.offers, doc.strengths, doc.topics, doc.agreements, doc.meetings, doc.snapshots];
  return lists.some((list) => list.some((r) => r.id === id));
}

/** Apply a patch; keys set to undefined are removed so the record serializes without them. */
export function applyPatch<T extends object>(record: T, patch: Patch<T>): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id') continue;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/** Shallow equality of two records, looking into arrays of primitives (needIds, with, present). */
export function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => {
    if (!Object.hasOwn(rb, k)) return false;
    const va = ra[k];
    const vb = rb[k];
    if (Array.isArray(va) && Array.isArray(vb)) return va.length === vb.length && va.every((x, i) => x === vb[i]);
    return Object.is(va, vb) || (typeof va === 'object' && typeof vb === 'object' && va !== null && vb !== null && JSON.stringify(va) === JSON.stringify(vb));
  });
}

/** The record's own shape is valid (lengths, enums): keeps every command's output parseable. */
export function fitsSchema(schema: z.ZodType, record: unknown): boolean {
  return schema.safeParse(record).success;
}

type ListKey = 'people' | 'relations' | 'needs' | 'offers' | 'strengths' | 'topics' | 'agreements' | 'meetings';
type Item<K extends ListKey> = CaseDocument[K][number];

/** Replace one record by id through `change`; same doc when absent or unchanged or refused (null). */
export function updateIn<K extends ListKey>(
  doc: CaseDocument,
  key: K,
  id: string,
  change: (record: Item<K>) => Item<K> | null,
): CaseDocument {
  const list = doc[key] as Item<K>[];
  const index = list.findIndex((r) => r.id === id);
  if (index < 0) return doc;
  const before = list[index] as Item<K>;
  const after = change(before);
  if (after === null || sameRecord(before, after)) return doc;
  const next = list.slice();
  next[index] = after;
  return { ...doc, [key]: next };
}

/** Append a record; same doc when its id is taken, the list is full or `fits` refuses it. */
export function addTo<K extends ListKey>(
  doc: CaseDocument,
  key: K,
  record: Item<K>,
  fits: (record: Item<K>) => boolean,
  limit: number = LIMITS.records,
): CaseDocument {
  const list = doc[key] as Item<K>[];
  if (idInUse(doc, record.id) || list.length >= limit || !fits(record)) return doc;
  return { ...doc, [key]: [...list, record] };
}

/** Patch one record by id; same doc when absent, unchanged, or when the patched record does not fit. */
export function patchIn<K extends ListKey>(
  doc: CaseDocument,
  key: K,
  { id, patch }: UpdateArgs<Item<K>>,
  fits: (record: Item<K>) => boolean,
): CaseDocument {
  return updateIn(doc, key, id, (record) => {
    const next = applyPatch(record, patch);
    return fits(next) ? next : null;
  });
}

/** Remove one record by id; same doc when absent. */
export function removeFrom<K extends ListKey>(doc: CaseDocument, key: K, id: string): CaseDocument {
  const list = doc[key] as Item<K>[];
  if (!list.some((r) => r.id === id)) return doc;
  return { ...doc, [key]: list.filter((r) => r.id !== id) };
}

/** Keep list identity when the filter removes nothing, so unchanged parts stay shared. */
export function filterKeep<T>(list: T[], keep: (item: T) => boolean): T[] {
  const next = list.filter(keep);
  return next.length === list.length ? list : next;
}
