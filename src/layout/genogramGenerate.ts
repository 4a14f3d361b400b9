/**
 * Deterministic, realistic test families for layout tests and the benchmark: couples,
 * divorces and remarriages, 0–4 children, spouses married in from outside the family.
 * Also a tiny builder for hand-made families in tests.
 */
import { CURRENT_VERSION, type CaseDocument, type Gender, type ParentType, type PartnerStatus, type Person, type Relation } from '../graph/schema';

export class FamilyBuilder {
  people: Person[] = [];
  relations: Relation[] = [];
  private n = 0;

  person(id: string, gender: Gender, birthYear?: number, extra: Partial<Person> = {}): string {
    this.people.push({ id, name: id, gender, sector: 'family', closeness: 2, ...(birthYear ? { birthYear } : {}), ...extra });
    return id;
  }
  partner(from: string, to: string, status: PartnerStatus = 'married'): this {
    this.relations.push({ id: `r${++this.n}`, kind: 'partner', from, to, status });
    return this;
  }
  child(parent: string, child: string, type: ParentType = 'biological'): this {
    this.relations.push({ id: `r${++this.n}`, kind: 'parent', from: parent, to: child, type });
    return this;
  }
  children(parents: string[], kids: string[], type: ParentType = 'biological'): this {
    for (const k of kids) for (const p of parents) this.child(p, k, type);
    return this;
  }
  sibling(from: string, to: string): this {
    this.relations.push({ id: `r${++this.n}`, kind: 'sibling', from, to });
    return this;
  }
  doc(): CaseDocument {
    return {
      format: 'netwerkkaart',
      version: CURRENT_VERSION,
      case: { id: 'c1', title: 'test', createdAt: '2026-01-01', updatedAt: '2026-01-01' },
      people: this.people,
      relations: this.relations,
      needs: [], offers: [], strengths: [], topics: [], consents: [], agreements: [], meetings: [],
      steps: {},
      snapshots: [],
    };
  }
}

/** Small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `size` people: founding couples, then generation after generation each person may
 * marry someone from outside (or a cousin's in-law family), divorce and remarry, and have 0–4
 * children with each partner. Same seed and size -> same document.
 */
export function generateFamily(size: number, seed = 1): CaseDocument {
  const rand = rng(seed);
  const b = new FamilyBuilder();
  let next = 0;
  const add = (gender: Gender, year: number) => b.person(`p${next++}`, gender, year);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let current: Array<{ id: string; gender: Gender; year: number }> = [];
  const founders = Math.max(1, Math.round(size / 60));
  for (let i = 0; i < founders; i++) {
    const y = 1930 + Math.floor(rand() * 10);
    const m = add('male', y);
    const f = add('female', y + 2);
    current.push({ id: m, gender: 'male', year: y }, { id: f, gender: 'female', year: y + 2 });
    b.partner(m, f, pick<PartnerStatus>(['married', 'married', 'widowed']));
  }
  // Founding couples' children are the first "current" generation.
  const couples: Array<[string, string, number]> = [];
  for (let i = 0; i + 1 < current.length; i += 2) couples.push([current[i]!.id, current[i + 1]!.id, current[i]!.year]);
  let frontier: Array<{ id: string; gender: Gender; year: number }> = [];
  const lineage = new Map<string, number>();
  couples.forEach(([m, f], i) => (lineage.set(m, i), lineage.set(f, i)));
  const haveChildren = (p1: string, p2: string | null, year: number, max: number) => {
    const count = Math.floor(rand() * (max + 1));
    for (let k = 0; k < count && next < size; k++) {
      const g: Gender = rand() < 0.5 ? 'male' : rand() < 0.96 ? 'female' : 'nonbinary';
      const kid = { id: add(g, year + 22 + k * 2 + Math.floor(rand() * 2)), gender: g, year: year + 22 + k * 2 };
      b.children(p2 ? [p1, p2] : [p1], [kid.id], rand() < 0.05 ? 'adoptive' : 'biological');
      lineage.set(kid.id, lineage.get(p1)!);
      frontier.push(kid);
    }
  };
  for (const [m, f, y] of couples) haveChildren(m, f, y, 4);
  while (next < size && frontier.length > 0) {
    current = frontier;
    frontier = [];
    const taken = new Set<string>();
    for (const p of current) {
      if (next >= size) break;
      if (taken.has(p.id)) continue;
      if (rand() < 0.2) continue; // stays single, no children
      // Now and then two blood families drawn here are joined by a marriage (the hard case).
      const cousin = rand() < 0.12 ? current.find((q) => !taken.has(q.id) && q.id !== p.id && q.gender !== p.gender && lineage.get(q.id) !== lineage.get(p.id)) : undefined;
      if (cousin) {
        taken.add(cousin.id).add(p.id);
        b.partner(p.id, cousin.id, pick<PartnerStatus>(['married', 'cohabiting', 'divorced']));
        haveChildren(p.id, cousin.id, p.year, 3);
        continue;
      }
      const partners = rand() < 0.3 ? 2 : 1;
      for (let k = 0; k < partners && next < size; k++) {
        const spouseGender: Gender = rand() < 0.07 ? p.gender : p.gender === 'male' ? 'female' : 'male';
        const s = add(spouseGender, p.year - 3 + Math.floor(rand() * 6));
        const ended = k < partners - 1;
        b.partner(p.id, s, ended ? pick<PartnerStatus>(['divorced', 'separated']) : pick<PartnerStatus>(['married', 'cohabiting', 'relationship']));
        haveChildren(p.id, s, p.year + k * 8, k === 0 ? 4 : 3);
      }
    }
    if (frontier.length === 0 && next < size) {
      // Everyone stayed childless: keep the family growing from the last generation.
      for (const p of current.slice(0, 2)) haveChildren(p.id, null, p.year, 3);
      if (frontier.length === 0) break;
    }
  }
  return b.doc();
}
