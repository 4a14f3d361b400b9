/**
 * Step 4 asks three things per family member: what they are good at, what they are proud of,
 * and what they solved themselves. All three are strengths over a life domain (so the PDF's
 * strengths table shows them); the last two carry the optional `kind` field of the file format.
 * A strength without `kind` is a plain strength.
 */
import type { Strength } from '../../graph/schema';

export const STRENGTH_KINDS = ['strength', 'proud', 'solved'] as const;
export type StrengthKind = (typeof STRENGTH_KINDS)[number];

export function strengthKind(s: Strength): StrengthKind {
  return s.kind ?? 'strength';
}
