import { createCase } from '../../../src/graph/create';
import type { CaseDocument } from '../../../src/graph/schema';
import type { CaseDb } from '../../../src/storage/db';
import { describeImportError } from '../../../src/i18n/importErrors';

export function makeDoc(id: string, title: string, updatedAt = '2026-11-28T10:00:00.000Z'): CaseDocument {
  const doc = createCase({
    id,
    title,
    now: new Date('2026-11-28T09:00:00.000Z'),
    focus: { id: 'p1', name: 'Şükriye <img src=x onerror=alert(1)>', gender: 'female', sector: 'household', closeness: 1 },
  });
  return { ...doc, case: { ...doc.case, updatedAt } };
}

/** A stored case through the gate (db.loadCase); a refusal fails the test, with its reason. */
export async function storedDoc(db: CaseDb, id: string): Promise<CaseDocument | undefined> {
  const read = await db.loadCase(id);
  if (read && !read.ok) throw new Error(`stored case ${id} refused: ${describeImportError(read.error)}`);
  return read?.value;
}
