/**
 * JSON with sorted keys, for comparing documents: vitest's deep equality does not look at an
 * own `__proto__` key the way JSON does, and built-in names as keys are exactly what we test.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
