/**
 * Problems found in a typed document: shared by validate() (whole document), parse (refusal
 * messages) and the commands (which refuse to create them). Messages are Dutch because the
 * professional reads them; they always start with the place, e.g. `relations[3].to: ...`.
 */
import { quote } from './paths';

export type ProblemCode =
  | 'duplicate-id'
  | 'dangling-ref'
  | 'self-relation'
  | 'parent-cycle'
  | 'duplicate-relation'
  | 'duplicate-consent';

export interface Problem {
  code: ProblemCode;
  /** Where, in the file's own terms: 'relations[3].to'; '' for the whole file. */
  path: string;
  /** Dutch, starting with the path: `relations[3].to: geen persoon met id "p9"`. */
  message: string;
}

export function problem(code: ProblemCode, path: string, reason: string): Problem {
  return { code, path, message: path ? `${path}: ${reason}` : reason };
}

/** What a reference should point at, in the words of the message. */
export const KIND_NOUN = {
  person: 'persoon',
  need: 'behoefte',
  topic: 'onderwerp',
} as const;

export const noSuch = (kind: keyof typeof KIND_NOUN, id: string): string =>
  `geen ${KIND_NOUN[kind]} met id ${quote(id)}`;
