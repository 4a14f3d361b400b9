/**
 * The document keeps a few id-keyed records (layout positions) because that is what JSON has.
 * Ids come from users and files, so every read and write of such a record goes through here:
 * `record["constructor"]` on a plain object finds Object.prototype's member for an id that is
 * not there, `"toString" in record` is true for every record, and `record["__proto__"] = v`
 * replaces the prototype instead of storing an entry.
 */

/** The record's own entry for `key`, never an inherited member. */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function hasOwnEntry(record: Readonly<Record<string, unknown>> | undefined, key: string): boolean {
  return record !== undefined && Object.hasOwn(record, key);
}

/** A record as a Map, for lookups by id. */
export function recordToMap<T>(record: Readonly<Record<string, T>> | undefined): Map<string, T> {
  return new Map(record ? Object.entries(record) : []);
}

/**
 * A Map as a record for the document. Object.fromEntries defines each entry as an own data
 * property, so an id `__proto__` stays an ordinary key (assignment would set the prototype).
 */
export function mapToRecord<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  return Object.fromEntries(map);
}
