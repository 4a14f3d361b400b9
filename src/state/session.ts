import type { StepNumber, ViewName } from '../graph/schema';

/** What is selected on the map or in the lists. Session state: never saved, never undone. */
export type Selection =
  | { kind: 'person'; id: string }
  | { kind: 'relation'; id: string }
  | null;

/** Which perspective's people to show (step 3): the young person and the parents may name different people. */
export type PerspectiveFilter = 'all' | 'youth' | 'parents';

/**
 * What the map pane shows instead of the live map: one snapshot read-only, or a comparison of
 * two moments (a snapshot id, or "now"). Session state: never saved, never undone.
 */
export type MomentView =
  | { kind: 'view'; snapshotId: string }
  | { kind: 'compare'; from: string; to: string | 'now' };

export interface SessionState {
  view: ViewName;
  step: StepNumber;
  selection: Selection;
  /** Step 5: the topic whose consent the map shows. */
  topicId: string | null;
  /** Step 5: "bekijk als ...": preview the case as this person may see it. */
  viewAsPersonId: string | null;
  perspective: PerspectiveFilter;
  /**
   * Counts requests to edit the selection in the side pane (Enter on the map): the pane moves
   * focus into its editor when this changes, so the map need not know the pane's markup.
   */
  editRequest: number;
  moment: MomentView | null;
}

export const initialSession: SessionState = {
  view: 'genogram',
  step: '3',
  selection: null,
  topicId: null,
  viewAsPersonId: null,
  perspective: 'all',
  editRequest: 0,
  moment: null,
};
