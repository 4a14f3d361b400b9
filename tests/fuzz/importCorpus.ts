/**
 * Broken and hostile case files for the importer fuzz (tests/unit/graph/importFuzz.test.ts) and
 * its bench row: single mutations of one valid case (the demo case plus a snapshot and manual
 * positions, so every kind of record and reference occurs). Each mutation knows what parseCase
 * must answer where that is certain (a dangling reference is refused there, a built-in name as
 * id is accepted), so the fuzz checks more than "did not throw". Browser-safe: no Node APIs.
 */
import fc from 'fast-check';
import demo from '../fixtures/demo.netwerkkaart.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export const BUILT_IN_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

/** The demo case with a snapshot of its data and manual positions in both views. */
export function baseCase(): Record<string, Json> {
  const doc = structuredClone(demo) as unknown as Record<string, Json>;
  const { people, relations, needs, offers, strengths, topics, consents, agreements, meetings, steps } = doc;
  doc.snapshots = [{ id: 'snap-fuzz', takenAt: '2026-11-01T09:30:00Z', label: 'Eerder', data: structuredClone({ people, relations, needs, offers, strengths, topics, consents, agreements, meetings, steps }) as Json }];
  const ids = (people as { id: string }[]).map((p) => p.id);
  doc.layout = {
    genogram: Object.fromEntries(ids.slice(0, 4).map((id, i) => [id, { x: i * 120, y: 40 }])),
    netwerkkaart: Object.fromEntries(ids.slice(2, 6).map((id, i) => [id, { x: -80, y: i * 60 }])),
  };
  return doc;
}

/** Every path in the value (objects and arrays included), in document order. */
function allPaths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

/** 'relations[3].to', as parseCase names places. */
export const pathText = (path: Path): string => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

const REF = /^(snapshots\[\d+\]\.data\.)?(relations\[\d+\]\.(from|to)|needs\[\d+\]\.of|offers\[\d+\]\.by|offers\[\d+\]\.needIds\[\d+\]|strengths\[\d+\]\.of|consents\[\d+\]\.(personId|topicId)|agreements\[\d+\]\.with\[\d+\]|meetings\[\d+\]\.present\[\d+\])$/;
const DATE = /(^case\.(createdAt|updatedAt)|meetings\[\d+\]\.date|^snapshots\[\d+\]\.takenAt)$/;
const ENUM = /(\.(gender|sector|closeness|kind|status|type|quality|flow|category|domain|decision|how|decidedBy|channel)|\.namedBy\[\d+\])$/;
const ID = /(^case|^snapshots\[\d+\]|^(people|relations|needs|offers|strengths|topics|agreements|meetings)\[\d+\])\.id$/;

const BASE = baseCase();
const PATHS = allPaths(BASE);
const LEAVES = PATHS.filter((p) => p.length > 0);
const pick = (re: RegExp) => PATHS.filter((p) => re.test(pathText(p)));
const REFS = pick(REF);
const DATES = pick(DATE);
const ENUMS = pick(ENUM).filter((p) => !pathText(p).startsWith('layout'));
const IDS = pick(ID);
const OBJECTS = PATHS.filter((p) => {
  const v = get(BASE, p);
  return v !== null && typeof v === 'object' && !Array.isArray(v);
});
const PEOPLE = (BASE.people as { id: string }[]).map((p) => p.id);

function get(root: Json, path: Path): Json {
  let v: Json = root;
  for (const k of path) v = (v as Record<string | number, Json>)[k] as Json;
  return v;
}

/** Sets a field as own data (also "__proto__"). */
function put(root: Json, path: Path, value: Json | undefined): void {
  const holder = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(holder)) holder.splice(key as number, 1);
    else delete holder[key];
  } else Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
}

export type Expectation =
  | { ok: true }
  | { ok: false; code?: readonly string[]; path?: string }
  | { ok: 'either' };

export interface FuzzCase {
  label: string;
  text?: string;
  bytes?: Uint8Array;
  expect: Expectation;
}

const WEIRD: Json[] = [0, -1, 1.5, 1e308, -1e308, true, false, '', ' ', 'kerk', [], {}, [[[]]], { id: 'x' }, 'x'.repeat(300), '💥'.repeat(80), '<img src=x onerror=alert(1)>'];
const BAD_ENUMS: Json[] = ['kerk', 'MALE', '', ' household', 'x'.repeat(5000), 4, 0];
const BAD_DATES = ['2026-02-30', '2026-11-28junk', '2026-13-01', '2025-02-29', '28-11-2026', '2026-11-28T24:00:00Z', '', '2026-1-1', 'gisteren'];

const n = fc.nat();
const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const text = (doc: Json) => JSON.stringify(doc);

/** One mutation of the base case -> a file and what parseCase must say. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  // A reference to a record that does not exist, in every reference field (snapshots too).
  fc.record({ i: n, id: fc.constantFrom('p-missing', 'constructor', '__proto__', 'toString', 'n-missing') }).map(({ i, id }): FuzzCase => {
    const doc = baseCase();
    const path = at(REFS, i);
    put(doc, path, id);
    return { label: `dangling ${pathText(path)} = ${id}`, text: text(doc), expect: { ok: false, code: ['dangling-ref'], path: pathText(path) } };
  }),
  // Two records with one id, across kinds.
  fc.record({ a: n, b: n }).filter(({ a, b }) => a % IDS.length !== b % IDS.length).map(({ a, b }): FuzzCase => {
    const doc = baseCase();
    const [pa, pb] = [at(IDS, a), at(IDS, b)];
    put(doc, pa, get(doc, pb));
    return { label: `collide ${pathText(pa)} with ${pathText(pb)}`, text: text(doc), expect: { ok: false, code: ['duplicate-id', 'dangling-ref'] } };
  }),
  fc.record({ i: n, v: fc.constantFrom(...BAD_ENUMS) }).map(({ i, v }): FuzzCase => {
    const doc = baseCase();
    const path = at(ENUMS, i);
    put(doc, path, v);
    return { label: `enum ${pathText(path)} = ${String(v).slice(0, 20)}`, text: text(doc), expect: { ok: false, code: ['bad-enum', 'bad-kind'], path: pathText(path) } };
  }),
  fc.record({ i: n, v: fc.constantFrom(...BAD_DATES) }).map(({ i, v }): FuzzCase => {
    const doc = baseCase();
    const path = at(DATES, i);
    put(doc, path, v);
    return { label: `date ${pathText(path)} = ${v}`, text: text(doc), expect: { ok: false, code: ['not-iso-date', 'no-such-date', 'too-long'], path: pathText(path) } };
  }),
  fc.record({ i: n }).map(({ i }): FuzzCase => {
    const doc = baseCase();
    const path = at(LEAVES, i);
    put(doc, path, undefined);
    return { label: `remove ${pathText(path)}`, text: text(doc), expect: { ok: 'either' } };
  }),
  fc.record({ i: n, v: fc.constantFrom(...WEIRD) }).map(({ i, v }): FuzzCase => {
    const doc = baseCase();
    const path = at(LEAVES, i);
    put(doc, path, structuredClone(v));
    return { label: `retype ${pathText(path)}`, text: text(doc), expect: { ok: 'either' } };
  }),
  // A built-in property name as a person's id, renamed everywhere: valid, must import.
  fc.record({ i: n, name: fc.constantFrom(...BUILT_IN_NAMES) }).map(({ i, name }): FuzzCase => {
    const old = at(PEOPLE, i);
    const renamed = text(baseCase()).split(`"${old}"`).join(`"${name}"`);
    return { label: `person id ${old} -> ${name}`, text: renamed, expect: { ok: true } };
  }),
  // A built-in property name as an unknown field's key, anywhere: kept or dropped, never harmful.
  fc.record({ i: n, name: fc.constantFrom(...BUILT_IN_NAMES), v: fc.constantFrom<Json>({ id: 'p-evil', name: 'Evil' }, 'x', 1, [1]) }).map(({ i, name, v }): FuzzCase => {
    const doc = baseCase();
    const path = at(OBJECTS, i);
    put(doc, [...path, name], structuredClone(v));
    // Under layout.<view> it is a position: valid only if it is one (and then pruned, no such person).
    const inRecord = /^layout\.(genogram|netwerkkaart)$/.test(pathText(path));
    return { label: `key ${pathText([...path, name])}`, text: text(doc), expect: inRecord ? { ok: 'either' } : { ok: true } };
  }),
  fc.record({ i: n, depth: fc.integer({ min: 30, max: 5000 }) }).map(({ i, depth }): FuzzCase => {
    const doc = baseCase();
    const path = at(OBJECTS, i);
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const marker = '"__deep__"';
    put(doc, [...path, 'deep'], '__deep__');
    return { label: `nesting ${depth} at ${pathText(path)}`, text: text(doc).replace(marker, deep), expect: { ok: 'either' } };
  }),
  fc.constantFrom(
    ['5001 people', (d: Record<string, Json>) => (d.people = Array.from({ length: 5001 }, (_, i) => ({ ...(d.people as Json[])[0] as object, id: `p-x${i}` })))],
    ['50001 relations', (d: Record<string, Json>) => (d.relations = Array.from({ length: 50_001 }, (_, i) => ({ id: `r-x${i}`, kind: 'tie', from: 'p-sam', to: 'p-linda', quality: 'weak', flow: 'none' })))],
    ['a 1 MB note', (d: Record<string, Json>) => (((d.people as Json[])[0] as Record<string, Json>).notes = 'é'.repeat(1_000_000))],
    ['a 5000-entry needIds', (d: Record<string, Json>) => (((d.offers as Json[])[0] as Record<string, Json>).needIds = Array.from({ length: 5000 }, () => 'n-missing'))],
    ['a 200-character id', (d: Record<string, Json>) => (((d.topics as Json[])[0] as Record<string, Json>).id = 'x'.repeat(200))],
  ).map(([label, change]): FuzzCase => {
    const doc = baseCase();
    (change as (d: Record<string, Json>) => void)(doc);
    return { label: label as string, text: text(doc), expect: { ok: false } };
  }),
  // Not JSON: cut short, a comment, NaN, a trailing comma.
  fc.record({ cut: fc.integer({ min: 1, max: 40_000 }), kind: fc.constantFrom('cut', 'comment', 'nan', 'comma', 'quote') }).map(({ cut, kind }): FuzzCase => {
    const full = JSON.stringify(baseCase(), null, 2);
    const pos = full.indexOf('\n', cut % full.length) + 1 || 1;
    const broken =
      kind === 'cut' ? full.slice(0, pos - 1)
      : kind === 'comment' ? `${full.slice(0, pos)}  // opmerking\n${full.slice(pos)}`
      : kind === 'nan' ? full.replace('"birthYear": 2012', '"birthYear": NaN')
      : kind === 'comma' ? full.replace(/\n(\s*)\]/, ',\n$1]')
      : full.replace('"format"', "'format'");
    return { label: `not JSON: ${kind} at ${pos}`, text: broken, expect: { ok: false, code: ['json-syntax'] } };
  }),
  // Bad encodings: a stray byte, or the whole file in Latin-1.
  fc.record({ i: n, byte: fc.integer({ min: 0x80, max: 0xff }), latin1: fc.boolean() }).map(({ i, byte, latin1 }): FuzzCase => {
    const doc = baseCase();
    ((doc.people as Json[])[0] as Record<string, Json>).name = 'Zoë Ş';
    const utf8 = new TextEncoder().encode(text(doc));
    if (latin1) {
      const t = text(doc);
      return { label: 'Latin-1 file', bytes: Uint8Array.from(Array.from(t, (c) => c.charCodeAt(0) & 0xff)), expect: { ok: false, code: ['not-utf8'] } };
    }
    const pos = i % utf8.length;
    const bytes = new Uint8Array([...utf8.subarray(0, pos), byte, ...utf8.subarray(pos)]);
    return { label: `byte 0x${byte.toString(16)} at ${pos}`, bytes, expect: { ok: false, code: ['not-utf8'] } };
  }),
);

/** A fixed corpus for the bench (the test draws fresh cases on every run). */
export function fixedCorpus(count: number, seed = 7): FuzzCase[] {
  return fc.sample(fuzzCase, { seed, numRuns: count });
}
