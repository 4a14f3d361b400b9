/**
 * Seeded cases for comparing over time (bench and tests): a generated family given a network
 * (ties, needs, offers), and the same case "some months later" with people joined, left, moved,
 * renamed, ties changed and needs newly covered. Same seed -> same documents.
 */
import type { CaseDocument, Relation, TieRelation } from '../../src/graph/schema';
import { SECTORS, TIE_QUALITIES } from '../../src/graph/schema';
import { rng } from '../../src/layout/genogramGenerate';

/** Ties from the first person to about a third of the others, a need per tenth person, offers for half the needs. */
export function withNetwork(doc: CaseDocument, seed = 1): CaseDocument {
  const rand = rng(seed);
  const people = doc.people.map((p, i) => ({ ...p, sector: SECTORS[Math.floor(rand() * SECTORS.length)]!, closeness: (1 + Math.floor(rand() * 3)) as 1 | 2 | 3, ...(i === 0 ? { focus: true } : {}) }));
  const centre = people[0]!.id;
  const ties: TieRelation[] = people
    .slice(1)
    .filter(() => rand() < 0.35)
    .map((p) => ({ id: `tie-${p.id}`, kind: 'tie', from: p.id, to: centre, quality: TIE_QUALITIES[Math.floor(rand() * TIE_QUALITIES.length)]!, flow: 'both' }));
  const needs = people.filter((_, i) => i % 10 === 0).map((p) => ({ id: `need-${p.id}`, of: p.id, type: 'practical' as const, text: `Hulp voor ${p.name}` }));
  const offers = needs
    .filter(() => rand() < 0.5)
    .map((n, i) => ({ id: `offer-${i}`, by: people[Math.floor(rand() * people.length)]!.id, type: 'practical' as const, text: 'Helpt', needIds: [n.id] }));
  return { ...doc, people, relations: [...doc.relations, ...ties], needs, offers };
}

/** The case months later: ~3% left, ~3% joined, ~5% moved ring, ~5% renamed, ~10% of ties changed, new offers. */
export function laterCase(doc: CaseDocument, seed = 2): CaseDocument {
  const rand = rng(seed);
  const leaving = new Set(doc.people.slice(1).filter(() => rand() < 0.03).map((p) => p.id));
  const people = doc.people
    .filter((p) => !leaving.has(p.id))
    .map((p) => {
      const r = rand();
      if (r < 0.05) return { ...p, closeness: (((p.closeness % 3) + 1) as 1 | 2 | 3) };
      if (r < 0.1) return { ...p, name: `${p.name} (nu)` };
      return p;
    });
  const joined = Array.from({ length: Math.ceil(doc.people.length * 0.03) }, (_, i) => ({
    id: `new-${i}`, name: `Nieuw ${i}`, gender: 'unknown' as const, sector: 'friends' as const, closeness: 2 as const,
  }));
  const relations: Relation[] = doc.relations
    .filter((r) => !leaving.has(r.from) && !leaving.has(r.to))
    .map((r) => (r.kind === 'tie' && rand() < 0.1 ? { ...r, quality: 'strong' as const } : r));
  const centre = doc.people[0]!.id;
  for (const p of joined) relations.push({ id: `tie-${p.id}`, kind: 'tie', from: p.id, to: centre, quality: 'normal', flow: 'to' });
  const needs = doc.needs.filter((n) => !leaving.has(n.of));
  const offers = doc.offers.filter((o) => !leaving.has(o.by));
  const covered = new Set(offers.flatMap((o) => o.needIds ?? []));
  needs.filter((n) => !covered.has(n.id) && rand() < 0.5).forEach((n, i) => offers.push({ id: `later-offer-${i}`, by: joined[i % joined.length]!.id, type: 'practical', text: 'Springt bij', needIds: [n.id] }));
  return { ...doc, people: [...people, ...joined], relations, needs, offers };
}
