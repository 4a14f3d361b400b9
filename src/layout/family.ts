/**
 * The family model behind the genogram: who forms a union with whom, which union each child
 * hangs from, and which generation (row) everyone is in. Derived from the case document only.
 *
 * Who is in the genogram: the focus person, everyone with a partner, parent or sibling
 * relation, and people in the "household" or "family" sector (a relative whose relations are
 * not entered yet still belongs in the family picture). Everyone else — friends, neighbours,
 * professionals without a family relation — is left out of the genogram layout; the view
 * shows how many are left out (`outside`) and they are drawn in the netwerkkaart.
 */
import type { CaseDocument, ParentType, PartnerStatus, Person } from '../graph/schema';

export interface Union {
  id: string;
  /** 0 partners: explicit siblings whose parents are not drawn; 1: single parent; 2: a couple. */
  partners: string[];
  /** The partner relation, absent for an implicit union (two parents never entered as partners). */
  relationId?: string;
  status?: PartnerStatus;
  /** Children in birth order; for each, the kind of line that joins them to this union. */
  children: string[];
  childType: Map<string, ParentType>;
}

export interface FamilyModel {
  /** People in the genogram, in document order. */
  members: string[];
  /** People left out of the genogram (no family relation, not family sector). */
  outside: string[];
  unions: Union[];
  unionById: Map<string, Union>;
  /** The union a child hangs from in the layout (birth parents first). */
  primaryUnion: Map<string, string>;
  /** Every union a child hangs from (birth and adoptive/foster parents), primary first. */
  childUnions: Map<string, string[]>;
  generation: Map<string, number>;
  /** Document order of people, the last tie-breaker everywhere so results are deterministic. */
  rank: Map<string, number>;
  person: Map<string, Person>;
}

const FAMILY_SECTORS = new Set(['household', 'family']);
const TYPE_ORDER: ParentType[] = ['biological', 'adoptive', 'foster', 'step'];

/** Birth order: birth year, then document order. */
export function birthOrder(model: Pick<FamilyModel, 'person' | 'rank'>) {
  return (a: string, b: string): number => {
    const ya = model.person.get(a)?.birthYear ?? Number.POSITIVE_INFINITY;
    const yb = model.person.get(b)?.birthYear ?? Number.POSITIVE_INFINITY;
    if (ya !== yb) return ya < yb ? -1 : 1;
    return (model.rank.get(a) ?? 0) - (model.rank.get(b) ?? 0);
  };
}

/**
 * The one rule for who is in the genogram (see the top of this file). A relation counts only
 * between two different people who are both in the case: a self-relation or a dangling end
 * (which validation refuses anyway) brings nobody in.
 */
export function genogramMembership(doc: Pick<CaseDocument, 'people' | 'relations'>): { members: string[]; outside: string[] } {
  const ids = new Set(doc.people.map((p) => p.id));
  const related = new Set<string>();
  for (const r of doc.relations) {
    if (r.kind === 'tie' || r.from === r.to || !ids.has(r.from) || !ids.has(r.to)) continue;
    related.add(r.from).add(r.to);
  }
  const inGenogram = (p: Person) => related.has(p.id) || p.focus === true || FAMILY_SECTORS.has(p.sector);
  return {
    members: doc.people.filter(inGenogram).map((p) => p.id),
    outside: doc.people.filter((p) => !inGenogram(p)).map((p) => p.id),
  };
}

export function buildFamily(doc: CaseDocument): FamilyModel {
  const person = new Map(doc.people.map((p) => [p.id, p]));
  const rank = new Map(doc.people.map((p, i) => [p.id, i]));
  const { members, outside } = genogramMembership(doc);
  const valid = (id: string) => person.has(id);

  const unions: Union[] = [];
  const unionById = new Map<string, Union>();
  const coupleKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const byCouple = new Map<string, Union>();
  const add = (u: Union) => {
    unions.push(u);
    unionById.set(u.id, u);
    return u;
  };
  for (const r of doc.relations) {
    if (r.kind !== 'partner' || r.from === r.to || !valid(r.from) || !valid(r.to)) continue;
    const key = coupleKey(r.from, r.to);
    if (byCouple.has(key)) continue; // a duplicate partner relation draws one couple
    byCouple.set(key, add({ id: r.id, partners: [r.from, r.to], relationId: r.id, status: r.status, children: [], childType: new Map() }));
  }

  // Non-step parents of each child, with their type.
  const parents = new Map<string, Array<{ id: string; type: ParentType }>>();
  for (const r of doc.relations) {
    if (r.kind !== 'parent' || r.type === 'step' || r.from === r.to || !valid(r.from) || !valid(r.to)) continue;
    const list = parents.get(r.to) ?? [];
    if (!list.some((p) => p.id === r.from)) list.push({ id: r.from, type: r.type });
    parents.set(r.to, list);
  }

  const childUnions = new Map<string, string[]>();
  const primaryUnion = new Map<string, string>();
  const attach = (u: Union, child: string, type: ParentType) => {
    if (!u.children.includes(child)) u.children.push(child);
    const prev = u.childType.get(child);
    // One line per union: if the two parents differ (birth mother + adoptive co-mother), the
    // line shows the non-biological bond, which is what a reader would otherwise miss.
    if (!prev || TYPE_ORDER.indexOf(type) > TYPE_ORDER.indexOf(prev)) u.childType.set(child, type);
    const list = childUnions.get(child) ?? [];
    if (!list.includes(u.id)) list.push(u.id);
    childUnions.set(child, list);
  };
  for (const child of members) {
    const list = [...(parents.get(child) ?? [])].sort(
      (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || rank.get(a.id)! - rank.get(b.id)!,
    );
    const used = new Set<string>();
    const groups: Array<{ u: Union; types: ParentType[] }> = [];
    // Parents who are each other's partners share their couple's union.
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (used.has(a.id) || used.has(b.id)) continue;
        const u = byCouple.get(coupleKey(a.id, b.id));
        if (!u) continue;
        used.add(a.id).add(b.id);
        groups.push({ u, types: [a.type, b.type] });
      }
    }
    // The rest: two of the same kind form an implicit union, otherwise one-person unions.
    const rest = list.filter((p) => !used.has(p.id));
    while (rest.length > 0) {
      const a = rest.shift()!;
      const bi = rest.findIndex((p) => p.type === a.type);
      const b = bi >= 0 ? rest.splice(bi, 1)[0]! : undefined;
      const partners = b ? [a.id, b.id] : [a.id];
      const key = b ? `implicit:${coupleKey(a.id, b.id)}` : `single:${a.id}`;
      const u = unionById.get(key) ?? add({ id: key, partners, children: [], childType: new Map() });
      if (b) byCouple.set(coupleKey(a.id, b.id), u);
      groups.push({ u, types: b ? [a.type, b.type] : [a.type] });
    }
    groups.sort((x, y) => bestType(x.types) - bestType(y.types));
    for (const g of groups) {
      for (const t of g.types) attach(g.u, child, t);
    }
    if (groups[0]) primaryUnion.set(child, groups[0].u.id);
  }

  addSiblingUnions(doc, members, primaryUnion, childUnions, add);

  const model: FamilyModel = {
    members, outside, unions, unionById, primaryUnion, childUnions, generation: new Map(), rank, person,
  };
  const order = birthOrder(model);
  for (const u of unions) u.children.sort(order);
  model.generation = computeGenerations(model);
  return model;
}

function bestType(types: ParentType[]): number {
  return Math.min(...types.map((t) => TYPE_ORDER.indexOf(t)));
}

/** Explicit sibling relations between people whose parents are not drawn: a union without partners. */
function addSiblingUnions(
  doc: CaseDocument,
  members: string[],
  primaryUnion: Map<string, string>,
  childUnions: Map<string, string[]>,
  add: (u: Union) => Union,
): void {
  const inModel = new Set(members);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const r of doc.relations) {
    if (r.kind !== 'sibling' || r.from === r.to || !inModel.has(r.from) || !inModel.has(r.to)) continue;
    if (primaryUnion.has(r.from) || primaryUnion.has(r.to)) continue;
    for (const id of [r.from, r.to]) if (!parent.has(id)) parent.set(id, id);
    const a = find(r.from);
    const b = find(r.to);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const sets = new Map<string, string[]>();
  for (const id of members) {
    if (!parent.has(id)) continue;
    const root = find(id);
    sets.set(root, [...(sets.get(root) ?? []), id]);
  }
  for (const [root, ids] of sets) {
    const u = add({ id: `siblings:${root}`, partners: [], children: ids, childType: new Map() });
    for (const id of ids) {
      u.childType.set(id, 'biological');
      primaryUnion.set(id, u.id);
      childUnions.set(id, [u.id]);
    }
  }
}

/**
 * Rows: partners (and explicit siblings) share a row; a child is below all its non-step
 * parents (longest path from the top); a group without parents of its own is pulled down to
 * one row above its highest child, so a married-in spouse's parents do not float at the top.
 */
function computeGenerations(model: FamilyModel): Map<string, number> {
  const root = new Map<string, string>(model.members.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (root.get(r) !== r) r = root.get(r)!;
    root.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) root.set(model.rank.get(ra)! < model.rank.get(rb)! ? rb : ra, model.rank.get(ra)! < model.rank.get(rb)! ? ra : rb);
  };
  for (const u of model.unions) {
    if (u.partners.length === 2) union(u.partners[0]!, u.partners[1]!);
    if (u.partners.length === 0) for (const c of u.children.slice(1)) union(u.children[0]!, c);
  }
  // Group graph: parent group -> child group.
  const down = new Map<string, Set<string>>();
  const up = new Map<string, Set<string>>();
  for (const u of model.unions) {
    for (const p of u.partners) {
      for (const c of u.children) {
        const gp = find(p);
        const gc = find(c);
        if (gp === gc) continue; // someone partnered with their own child's group: ignore, no cycle
        if (!down.has(gp)) down.set(gp, new Set());
        if (!up.has(gc)) up.set(gc, new Set());
        down.get(gp)!.add(gc);
        up.get(gc)!.add(gp);
      }
    }
  }
  const groups = [...new Set(model.members.map(find))];
  const depth = new Map<string, number>();
  const state = new Map<string, 1 | 2>();
  const visit = (g: string): number => {
    if (state.get(g) === 2) return depth.get(g)!;
    if (state.get(g) === 1) return -1; // a cycle (invalid data): break it here
    state.set(g, 1);
    let d = 0;
    for (const p of up.get(g) ?? []) d = Math.max(d, visit(p) + 1);
    state.set(g, 2);
    depth.set(g, d);
    return d;
  };
  for (const g of groups) visit(g);
  for (const g of groups) {
    if ((up.get(g)?.size ?? 0) > 0) continue;
    const kids = [...(down.get(g) ?? [])];
    if (kids.length > 0) depth.set(g, Math.max(depth.get(g)!, Math.min(...kids.map((k) => depth.get(k)!)) - 1));
  }
  const minDepth = Math.min(0, ...depth.values());
  return new Map(model.members.map((id) => [id, depth.get(find(id))! - minDepth]));
}
