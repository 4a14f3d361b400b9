/**
 * Numbered, append-only migrations of the raw JSON of older files. Version 1 is the baseline:
 * no migration exists yet. When version 2 comes, append `{ from: 1, to: 2, migrate }` (and a
 * fixture of a v1 file with a test), bump CURRENT_VERSION in schema.ts, and never edit an
 * entry once released: files in the wild depend on each step staying as it was.
 */
import { err, ok, type Result } from './result';

export type RawCase = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** Gets a copy of the raw file at version `from`; returns it at version `to`. */
  migrate(raw: RawCase): RawCase;
}

export const MIGRATIONS: readonly Migration[] = [];

export interface MigrationError {
  /** The version at which no migration continues the chain. */
  stuckAt: number;
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
    if (!step || step.to <= at) {
      return err({ stuckAt: at });
    }
    current = { ...step.migrate(structuredClone(current)), version: step.to };
    at = step.to;
  }
  return ok(current);
}
