/**
 * Numbered, append-only migrations of the raw JSON of older cases: files, IndexedDB records
 * (readCase is the one gate for both), and every copy of the data inside them. Version 1 is the
 * baseline. For a next version, append `{ from: n, to: n + 1, ... }` in its own file (with a
 * fixture of a file of version n and a test), bump CURRENT_VERSION in schema.ts, and never edit
 * an entry once released: files and stored cases in the wild depend on each step staying as it was.
 *
 * A snapshot freezes the case data (people, relations, ... steps) and has no version of its own:
 * its data is always at the version of the document that holds it. So a step's `data` is run on
 * the document and on each `snapshots[i].data` alike, and a migration cannot forget the copies.
 */
import { err, ok, type Result } from './result';
import { v1ToV2 } from './migration1to2';

export type RawCase = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /**
   * The case data at `from` -> at `to`. Gets the document itself (keep what you do not know:
   * `{ ...rest }`), then each snapshot's `data`, each a copy.
   */
  data?(raw: RawCase): RawCase;
  /** What lies outside the case data (case info, layout, the snapshots' own fields); runs after `data`. */
  document?(raw: RawCase): RawCase;
}

export const MIGRATIONS: readonly Migration[] = [v1ToV2];

export interface MigrationError {
  /** The version at which no migration continues the chain. */
  stuckAt: number;
}

const isObject = (v: unknown): v is RawCase => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One step on a copy of the document: the data here and in every snapshot, then the rest. */
function runStep(raw: RawCase, step: Migration): RawCase {
  let doc = structuredClone(raw);
  if (step.data) {
    const data = step.data;
    doc = data(doc);
    if (Array.isArray(doc.snapshots)) {
      doc = { ...doc, snapshots: doc.snapshots.map((s: unknown) => (isObject(s) && isObject(s.data) ? { ...s, data: data(s.data) } : s)) };
    }
  }
  if (step.document) doc = step.document(doc);
  return { ...doc, version: step.to };
}

/** Runs the chain from `version` up to `target`, one step at a time; refuses a gap. */
export function migrate(
  raw: RawCase,
  version: number,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<RawCase, MigrationError> {
  let current = raw;
  let at = version;
  while (at < target) {
    const step = migrations.find((m) => m.from === at);
    if (!step || step.to <= at) return err({ stuckAt: at });
    current = runStep(current, step);
    at = step.to;
  }
  return ok(current);
}
