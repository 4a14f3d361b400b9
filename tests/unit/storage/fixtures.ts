import { createCase } from '../../../src/graph/create';
import type { CaseDocument } from '../../../src/graph/schema';

export function makeDoc(id: string, title: string, updatedAt = '2026-11-28T10:00:00.000Z'): CaseDocument {
  const doc = createCase({
    id,
    title,
    now: new Date('2026-11-28T09:00:00.000Z'),
    focus: { id: 'p1', name: 'Şükriye <img src=x onerror=alert(1)>', gender: 'female', sector: 'household', closeness: 1 },
  });
  return { ...doc, case: { ...doc.case, updatedAt } };
}
