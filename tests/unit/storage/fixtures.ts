import type { CaseDocument } from '../../../src/graph/schema';

export function makeDoc(id: string, title: string, updatedAt = '2026-11-28T10:00:00.000Z'): CaseDocument {
  return {
    format: 'netwerkkaart',
    version: 1,
    case: { id, title, createdAt: '2026-11-28T09:00:00.000Z', updatedAt },
    people: [{ id: 'p1', name: 'Şükriye <img src=x onerror=alert(1)>', gender: 'female', sector: 'household', closeness: 1, focus: true }],
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
