/**
 * Names that every plain JavaScript object already "has" (Object.prototype's members and the
 * prototype accessor itself). The format allows any id, so these are ids like any other, and
 * every module must treat them so: a lookup by such an id on a plain object would find the
 * inherited member, an assignment to `__proto__` would replace the prototype.
 */
import fc from 'fast-check';

export const BUILTIN_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
] as const;

/** Ids as files may hold them: built-in names often, ordinary and odd strings too. */
export const idArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BUILTIN_NAMES) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('0', '1', '-1', 'length', 'prototype', ' ', 'p|q', 'null', 'undefined') },
);
