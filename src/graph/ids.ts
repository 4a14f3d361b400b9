/**
 * Ids are short (8 hex characters of a random UUID) so a hand-read file stays readable, and
 * prefixed by kind ('p' person, 'r' relation, ...) so a dangling reference is easy to spot.
 * 32 random bits make a clash within one case (at most tens of thousands of records) very
 * unlikely; commands still refuse a duplicate id, so a clash can never corrupt a document.
 */
export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

/** Prefixes used across the app, so ids of one kind look alike. */
export const ID_PREFIX = {
  case: 'c',
  person: 'p',
  relation: 'r',
  need: 'n',
  offer: 'o',
  strength: 's',
  topic: 't',
  agreement: 'a',
  meeting: 'm',
  snapshot: 'snap',
} as const;
