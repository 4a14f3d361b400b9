/**
 * What the current step adds to one person's node on the map. The steps layer computes it
 * (src/steps/overlays.ts) from the document and the session; the canvas only draws it.
 * Keeping this a plain value lets the PDF export draw the same overlays later.
 */
import type { CaseDocument, ConsentDecision, SupportCategory } from '../graph/schema';
import type { SessionState } from './session';

export interface NodeOverlay {
  /** Step 3: the kinds of support this person offers (P/G/A/E badges). */
  support: SupportCategory[];
  /** Step 2: the letters of this person's needs. */
  needs?: SupportCategory[];
  /** Step 3: "nog niemand: 2", the tag for this person's needs nobody helps with yet. */
  openNeeds?: string;
  /** Step 3: this person carries many offers — parents fear being a burden. */
  overloaded: boolean;
  /** Step 5: the decision for the selected topic, if a topic is selected. */
  consent?: ConsentDecision;
  /** Step 6: short tags of the agreements this person is part of, e.g. "A1". */
  agreements: string[];
  /** Faded: filtered out by perspective, or not visible in a "bekijk als" preview. */
  dimmed: boolean;
  /** Short text for screen readers and tooltips, e.g. "mag weten: Diagnose ADHD". */
  description?: string;
}

export const emptyOverlay: NodeOverlay = { support: [], overloaded: false, agreements: [], dimmed: false };

/** The session fields that decide the overlays; nothing else in the session matters. */
export type OverlaySession = Pick<SessionState, 'step' | 'topicId' | 'viewAsPersonId' | 'perspective'>;

/**
 * How the map gets its overlays: the steps compute them (src/steps/overlays.ts) and the app
 * hands that function to the map from above, so the canvas imports no feature folder.
 */
export type OverlaysOf = (doc: CaseDocument, session: OverlaySession) => ReadonlyMap<string, NodeOverlay>;

export const noOverlays: OverlaysOf = () => new Map();
