import { CURRENT_VERSION, FORMAT_NAME, type CaseDocument, type Person } from './schema';

export interface CreateCaseArgs {
  id: string;
  title: string;
  now: Date;
  /** Optional first person, usually the young person; marked as focus. */
  focus?: Person;
}

/** A new, empty case (optionally with its focus person), valid as it stands. */
export function createCase({ id, title, now, focus }: CreateCaseArgs): CaseDocument {
  const at = now.toISOString();
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    case: { id, title, createdAt: at, updatedAt: at },
    people: focus ? [{ ...focus, focus: true }] : [],
    relations: [],
    needs: [],
    offers: [],
    strengths: [],
    topics: [],
    consents: [],
    agreements: [],
    meetings: [],
    steps: {},
    snapshots: [],
  };
}
