/**
 * Problems found in a typed document: shared by validate() (whole document), readCase (the
 * refusal) and the commands (which refuse to create them). A problem says where (`path`, in the
 * file's own terms) and what, with the ids and names it is about; the Dutch sentence is made
 * in src/i18n/importErrors.ts.
 */

/** What a reference should point at. */
export type RefKind = 'person' | 'need' | 'topic';

type At<C extends string, P> = { code: C; path: string; params: P };

export type Problem =
  /** `earlier` is where the id was first used: 'people[1]', 'case', 'snapshots[0].data.people[2]'. */
  | At<'duplicate-id', { id: string; earlier: string }>
  | At<'dangling-ref', { kind: RefKind; id: string }>
  /** `person` is the name as shown: the name, or the id when the name is empty. */
  | At<'self-relation', { person: string }>
  | At<'parent-cycle', { person: string }>
  /** `earlier` is the index in the same relations list. */
  | At<'duplicate-relation', { earlier: number }>
  | At<'duplicate-consent', { earlier: number }>;

export type ProblemCode = Problem['code'];
