/**
 * Family Finding prompts for step 3: point at the parts of the map where nobody is drawn yet,
 * because families tend to stop at close family (the seed's tip: "Herinner het gezin eraan zich
 * niet te beperken tot de naaste familie").
 */
import type { CaseDocument, Sector } from '../../graph/schema';

export type FindingPrompt =
  | { kind: 'sector'; sector: Sector }
  /** School and sport are empty both: one prompt, "Wie van school of sport?". */
  | { kind: 'school-or-sport' }
  | { kind: 'ring'; ring: 2 | 3 };

/** The informal sectors worth asking about (household is the family itself; professionals come anyway). */
const ASKED_SECTORS: Sector[] = ['family', 'friends', 'neighbourhood', 'school-work', 'leisure', 'faith'];

export function findingPrompts(doc: CaseDocument): FindingPrompt[] {
  const others = doc.people.filter((p) => !p.focus && !p.deceased);
  const filled = new Set(others.map((p) => p.sector));
  const empty = ASKED_SECTORS.filter((s) => !filled.has(s));
  const prompts: FindingPrompt[] = [];
  const schoolAndSport = empty.includes('school-work') && empty.includes('leisure');
  for (const sector of empty) {
    if (schoolAndSport && (sector === 'school-work' || sector === 'leisure')) {
      if (sector === 'school-work') prompts.push({ kind: 'school-or-sport' });
      continue;
    }
    prompts.push({ kind: 'sector', sector });
  }
  const rings = new Set(others.filter((p) => p.sector !== 'household').map((p) => p.closeness));
  for (const ring of [2, 3] as const) if (!rings.has(ring)) prompts.push({ kind: 'ring', ring });
  return prompts;
}
