/**
 * Per-person lookups of the genogram relations, built once per relations list. Commands keep
 * the same `relations` array when relations do not change, so the cache survives edits of
 * needs, positions etc., and queries asked for every person of a big map stay linear.
 */
import type { ParentType, PartnerStatus, Person, Relation } from '../schema';

export interface Link<T> {
  id: string;
  relationId: string;
  value: T;
}

export interface FamilyIndex {
  parents: Map<string, Link<ParentType>[]>;
  children: Map<string, Link<ParentType>[]>;
  partners: Map<string, Link<PartnerStatus>[]>;
  siblings: Map<string, string[]>;
}

const cache = new WeakMap<readonly Relation[], FamilyIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function familyIndex(relations: readonly Relation[]): FamilyIndex {
  const cached = cache.get(relations);
  if (cached) return cached;
  const index: FamilyIndex = { parents: new Map(), children: new Map(), partners: new Map(), siblings: new Map() };
  for (const r of relations) {
    if (r.kind === 'parent') {
      push(index.parents, r.to, { id: r.from, relationId: r.id, value: r.type });
      push(index.children, r.from, { id: r.to, relationId: r.id, value: r.type });
    } else if (r.kind === 'partner') {
      push(index.partners, r.from, { id: r.to, relationId: r.id, value: r.status });
      push(index.partners, r.to, { id: r.from, relationId: r.id, value: r.status });
    } else if (r.kind === 'sibling') {
      push(index.siblings, r.from, r.to);
      push(index.siblings, r.to, r.from);
    }
  }
  cache.set(relations, index);
  return index;
}

const peopleCache = new WeakMap<readonly Person[], Map<string, Person>>();

/** People by id, cached per people list like the family index. */
export function peopleById(people: readonly Person[]): Map<string, Person> {
  let map = peopleCache.get(people);
  if (!map) {
    map = new Map(people.map((p) => [p.id, p]));
    peopleCache.set(people, map);
  }
  return map;
}
