import { readCase } from '../../../src/graph/readCase';
import ELK from 'elkjs/lib/elk.bundled.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { genogramConnectors } from '../../../src/layout/connectors';
import { genogramLayoutKey, layoutGenogram } from '../../../src/layout/genogram';
import { VALID } from '../../fixtures';
import { generateFamily } from '../../../src/layout/genogramGenerate';
import { PARTNER_GAP, SLOT_WIDTH } from '../../../src/layout/metrics';
import { birthAndAdoptive, expectBirthOrder, expectSoundLayout, multiPartner, sameSex, twoFamilies } from './genogramFamilies';

const elk = new ELK();
const STEP = SLOT_WIDTH + PARTNER_GAP;

describe('layoutGenogram', () => {
  const cases = { multiPartner, birthAndAdoptive, sameSex, twoFamilies };
  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: one position each, partners together, children below, no overlap, birth order`, async () => {
      const doc = make();
      const pos = await layoutGenogram(doc, elk);
      expectSoundLayout(doc, pos);
      expectBirthOrder(doc, pos);
    });
  }

  it('several partners: ex – person – partner, earlier partners further out, half-siblings under their own couple', async () => {
    const pos = await layoutGenogram(multiPartner(), elk);
    const row = ['x1', 'x2', 'p', 'y'].sort((a, b) => pos.get(a)!.x - pos.get(b)!.x);
    // Either mirror image is fine; the current wife is next to p, the first wife outermost.
    expect([row.join(' '), [...row].reverse().join(' ')]).toContain('x1 x2 p y');
    expect(Math.abs(pos.get('p')!.x - pos.get('y')!.x)).toBe(STEP);
    const midX = (a: string, b: string) => (pos.get(a)!.x + pos.get(b)!.x) / 2;
    const meanX = (ids: string[]) => ids.reduce((s, id) => s + pos.get(id)!.x, 0) / ids.length;
    const couples = [
      { mid: midX('p', 'x1'), kids: meanX(['k1', 'k2']) },
      { mid: midX('p', 'x2'), kids: meanX(['k3']) },
      { mid: midX('p', 'y'), kids: meanX(['k4', 'k5']) },
    ].sort((a, b) => a.mid - b.mid);
    for (let i = 1; i < couples.length; i++) expect(couples[i]!.kids).toBeGreaterThan(couples[i - 1]!.kids);
    // p's sister stays on p's side, y on the side of her own parents: no crossing lines.
    expect(Math.sign(pos.get('aunt')!.x - pos.get('p')!.x)).toBe(-Math.sign(pos.get('y')!.x - pos.get('p')!.x));
    expect(Math.sign(pos.get('gp1')!.x - pos.get('yf')!.x)).toBe(Math.sign(pos.get('p')!.x - pos.get('y')!.x));
  });

  it('joins two blood families: each spouse on the side of their own parents', async () => {
    const pos = await layoutGenogram(twoFamilies(), elk);
    expect(pos.get('as3')!.y).toBe(pos.get('bride')!.y);
    const aSide = Math.sign(pos.get('a1')!.x - pos.get('b1')!.x);
    expect(Math.sign(pos.get('as3')!.x - pos.get('bride')!.x)).toBe(aSide);
  });

  it('explicit siblings without parents stand side by side on one row', async () => {
    const pos = await layoutGenogram(twoFamilies(), elk);
    expect(pos.get('s1')!.y).toBe(pos.get('s2')!.y);
    expect(pos.get('s1')!.x).toBeLessThan(pos.get('s2')!.x);
  });

  it('is deterministic: same input, same output, also with a fresh ELK', async () => {
    const doc = generateFamily(120, 7);
    const a = await layoutGenogram(doc, elk);
    const b = await layoutGenogram(structuredClone(doc), new ELK());
    expect(b).toEqual(a);
  }, 30_000);

  it('a generated family of 250 keeps every invariant', async () => {
    const doc = generateFamily(250, 3);
    const pos = await layoutGenogram(doc, elk);
    expectSoundLayout(doc, pos);
  }, 30_000);

  it('an empty case lays out to nothing; a single person gets a position', async () => {
    const doc = generateFamily(0, 1);
    expect(await layoutGenogram({ ...doc, people: [], relations: [] }, elk)).toEqual(new Map());
    const one = { ...doc, people: [{ id: 'x', name: 'X', gender: 'unknown' as const, sector: 'family' as const, closeness: 1 as const }], relations: [] };
    expect([...(await layoutGenogram(one, elk)).keys()]).toEqual(['x']);
  });
});

describe('genogramLayoutKey', () => {
  it('ignores names, notes and ties; changes with structure and birth years', () => {
    const doc = multiPartner();
    const key = genogramLayoutKey(doc);
    const renamed = { ...doc, people: doc.people.map((p) => ({ ...p, name: `${p.name}!`, notes: 'x' })) };
    const tie = { ...doc, relations: [...doc.relations, { id: 't', kind: 'tie' as const, from: 'p', to: 'y', quality: 'strong' as const, flow: 'both' as const }] };
    expect(genogramLayoutKey(renamed)).toBe(key);
    expect(genogramLayoutKey(tie)).toBe(key);
    const older = { ...doc, people: doc.people.map((p) => (p.id === 'k5' ? { ...p, birthYear: 1980 } : p)) };
    expect(genogramLayoutKey(older)).not.toBe(key);
    expect(genogramLayoutKey({ ...doc, relations: doc.relations.slice(1) })).not.toBe(key);
  });
});

describe('the blended-family fixture', () => {
  // Through the gate: the fixture is a version-1 file, migrated on reading like any import.
  const load = () => {
    const read = readCase(JSON.parse(readFileSync(VALID.blendedFamily, 'utf8')));
    if (!read.ok) throw new Error(read.error.code);
    return read.value;
  };

  it('keeps every invariant; Peter and his three partners form one chain, Yasmin next to Ali', async () => {
    const doc = load();
    const pos = await layoutGenogram(doc, elk);
    expectSoundLayout(doc, pos);
    expectBirthOrder(doc, pos);
    const row = ['p-sandra', 'p-eva', 'p-peter', 'p-yasmin', 'p-ali'].sort((a, b) => pos.get(a)!.x - pos.get(b)!.x);
    expect(row.map((id) => pos.get(id)!.y).every((y) => y === pos.get('p-peter')!.y)).toBe(true);
    expect(Math.abs(row.indexOf('p-yasmin') - row.indexOf('p-ali'))).toBe(1);
    expect(Math.abs(row.indexOf('p-yasmin') - row.indexOf('p-peter'))).toBe(1);
  });

  it('draws no child line from a step-parent, and two lines (foster + birth) to Jayden', async () => {
    const doc = load();
    const cs = genogramConnectors(doc, await layoutGenogram(doc, elk));
    const to = (id: string) => cs.filter((c) => c.kind === 'child' && c.childId === id);
    expect(to('p-emre')).toHaveLength(1);
    expect(to('p-jayden').map((c) => c.style).sort()).toEqual(['dotted', 'solid']);
  });
});

