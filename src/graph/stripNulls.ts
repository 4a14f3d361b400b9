/**
 * `null` means absent (other tools write it for empty optional fields), and so does a field
 * holding `undefined` (only a stored record can have one; JSON cannot). Array items are kept.
 * Also the depth guard: pathological nesting, or a cycle in a stored record, would later break
 * JSON.stringify (autosave) or run out of stack.
 */
import { setOwn } from './protoKeys';

/** The format nests 6 levels deep; unknown fields may add some, but not thousands. */
export const MAX_DEPTH = 64;

export class TooDeep extends Error {}

/**
 * A copy without null fields. Keys are copied as own data (also `__proto__`, which plain
 * assignment would turn into the prototype); `seen.protoKey` tells the caller one was met.
 * Throws TooDeep beyond MAX_DEPTH.
 */
export function stripNulls(value: unknown, depth = 0, seen: { protoKey: boolean } = { protoKey: false }): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((item) => stripNulls(item, depth + 1, seen));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined) continue;
    if (key === '__proto__') seen.protoKey = true;
    setOwn(out, key, stripNulls(item, depth + 1, seen));
  }
  return out;
}
