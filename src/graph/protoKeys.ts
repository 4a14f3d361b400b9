/**
 * A key named `__proto__` is data like any other: a person may have that id, so a layout can
 * have a position under it, and an unknown field may carry the name. Two traps: assigning
 * `obj["__proto__"] = v` sets the prototype instead of a field, and zod 4 drops such keys from
 * its output (to avoid that trap). So the key is only ever written with defineProperty, and
 * after zod has parsed, the dropped keys are put back from the input.
 */

/** Sets `obj[key] = value` as an own data field, also when key is `__proto__`. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Walks zod's output alongside its input and copies back every own `__proto__` field that zod
 * left out. Zod's output mirrors the input's structure (it only adds defaults), so the walk
 * follows the keys both have. Iterative: the input may be nested up to MAX_DEPTH.
 * `onRestored` sees where each one was put back (e.g. to check a layout position).
 */
export function restoreProtoKeys(input: unknown, output: unknown, onRestored?: (path: readonly (string | number)[], value: unknown) => void): void {
  const stack: Array<[unknown, unknown, (string | number)[]]> = [[input, output, []]];
  while (stack.length > 0) {
    const [from, to, path] = stack.pop() as [unknown, unknown, (string | number)[]];
    if (Array.isArray(from) && Array.isArray(to)) {
      for (let i = 0; i < Math.min(from.length, to.length); i++) stack.push([from[i], to[i], [...path, i]]);
    } else if (isObject(from) && isObject(to) && from !== to) {
      if (Object.hasOwn(from, '__proto__') && !Object.hasOwn(to, '__proto__')) {
        const value = from['__proto__'];
        setOwn(to, '__proto__', value);
        onRestored?.([...path, '__proto__'], value);
      }
      for (const key of Object.keys(to)) {
        if (key !== '__proto__' && Object.hasOwn(from, key)) stack.push([from[key], to[key], [...path, key]]);
      }
    }
  }
}
