/**
 * The importer fuzz: a few hundred broken and hostile files (tests/fuzz/importCorpus.ts) through
 * parseCaseBytes / parseCase. Never a throw; an accepted file is valid by every rule and
 * round-trips; a refused one says, in bounded Dutch, where and why — and where the mutation
 * makes the answer certain, it is that answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase, parseCaseBytes, serializeCase, type ImportError } from '../../../src/graph/parse';
import { caseDocumentSchema, type CaseDocument } from '../../../src/graph/schema';
import { validate } from '../../../src/graph/validate';
import { describeImportError } from '../../../src/i18n/importErrors';
import { fuzzCase, type FuzzCase } from '../../fuzz/importCorpus';

/** Refusals that may be about the whole file (path ''); every other code is about a place, which the path names. */
const WHOLE_FILE = ['too-large', 'too-deep', 'empty', 'json-syntax', 'not-utf8', 'other-format'];

/** zod's own wording (English, or its Dutch locale's "verwacht dat number >=1800 is"), and JS leaking through. */
const FOREIGN = /\b(expected|received|invalid|required|undefined|null|NaN|object Object|must|should)\b|>=|<=|Ongeldige invoer|verwacht dat|Te (klein|groot|kort|lang):/i;

function checkRefusal(error: ImportError, c: FuzzCase): void {
  const message = describeImportError(error);
  // The error is plain data: it crosses from the parse worker as it is.
  expect(structuredClone(error)).toEqual(error);
  expect(message.length).toBeLessThanOrEqual(400);
  // Quoted values found in the file may say anything; the rest of the message is ours.
  const ours = message.replace(/"(?:[^"\\]|\\.)*(?:"|…")/g, '""');
  expect(ours, message).not.toMatch(FOREIGN);
  if (error.path === '') {
    expect(WHOLE_FILE, message).toContain(error.code);
    expect(message).toMatch(/^Het bestand|^Dit is geen/);
  } else {
    expect(message.startsWith(`${error.path}: `)).toBe(true);
    expect(message.length).toBeGreaterThan(error.path.length + 8);
  }
  if (error.code === 'json-syntax') expect(error.params, message).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
  if (c.expect.ok === false) {
    if (c.expect.code) expect(c.expect.code, message).toContain(error.code);
    if (c.expect.path !== undefined) expect(error.path, message).toBe(c.expect.path);
  }
}

function checkAccepted(doc: CaseDocument, c: FuzzCase): void {
  // The schema again (its output is not used: zod drops "__proto__" keys, parseCase keeps them).
  expect(caseDocumentSchema.safeParse(doc).success).toBe(true);
  expect(validate(doc)).toEqual([]);
  const text = serializeCase(doc);
  const again = parseCase(text);
  if (!again.ok) throw new Error(`${c.label}: accepted, but not its own export: ${describeImportError(again.error)}`);
  expect(again.value).toEqual(doc);
  expect(serializeCase(again.value)).toBe(text);
}

function run(c: FuzzCase): void {
  const bytes = c.bytes ?? new TextEncoder().encode(c.text ?? '');
  const result = parseCaseBytes(bytes);
  if (c.expect.ok === true && !result.ok) throw new Error(`${c.label}: refused: ${describeImportError(result.error)}`);
  if (c.expect.ok === false && result.ok) throw new Error(`${c.label}: accepted, but must be refused`);
  if (result.ok) checkAccepted(result.value, c);
  else checkRefusal(result.error, c);
}

/** Reports a failure by the case's label and the assertion, not the (megabytes of) file. */
const reporter = (details: fc.RunDetails<[FuzzCase]>): void => {
  if (!details.failed) return;
  const label = details.counterexample?.[0]?.label ?? '?';
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`fuzz case "${label}" (seed ${details.seed}, path ${details.counterexamplePath}): ${cause.slice(0, 2000)}`);
};

describe('importer fuzz', () => {
  it('never throws; accepts only valid, round-tripping documents; refuses in Dutch with place and reason', () => {
    fc.assert(fc.property(fuzzCase, run), { numRuns: 300, reporter });
  }, 120_000); // a few cases are huge (50,001 relations, 1 MB of text): slow on a loaded machine

  it('a text and its UTF-8 bytes get the same answer', () => {
    fc.assert(
      fc.property(fuzzCase.filter((c) => c.text !== undefined), (c) => {
        expect(parseCase(c.text!)).toEqual(parseCaseBytes(new TextEncoder().encode(c.text!)));
      }),
      { numRuns: 40, reporter },
    );
  }, 60_000);
});
