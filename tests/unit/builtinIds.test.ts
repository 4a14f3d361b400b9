/**
 * A case whose ids are the names every plain object inherits (`constructor`, `__proto__`,
 * `toString`, ...) is valid by the format; once such a file blanked the page for good. Every
 * module that looks records up by id runs here on such a case and must treat those ids like
 * any other.
 */
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { parseCase, serializeCase } from '../../src/graph/parse';
import { describeImportError } from '../../src/i18n/importErrors';
import * as c from '../../src/graph/commands';
import * as q from '../../src/graph/queries';
import type { CaseDocument } from '../../src/graph/schema';
import { validate } from '../../src/graph/validate';
import { buildFamily } from '../../src/layout/family';
import { layoutGenogram } from '../../src/layout/genogram';
import { genogramConnectors } from '../../src/layout/connectors';
import { layoutNetwerkkaart } from '../../src/layout/netwerkkaart';
import { viewPositions } from '../../src/layout/placement';
import { buildPersonNodes } from '../../src/canvas/nodes';
import { buildTieEdges } from '../../src/canvas/edges';
import { withFallbackPositions } from '../../src/layout/fallbackPosition';
import { genogramMembership } from '../../src/layout/family';
import { computeOverlays } from '../../src/steps/overlays';
import { initialSession } from '../../src/state/session';
import { fixturePath } from '../fixtures';
import { canonical } from './canonical';

const BUILTIN_PEOPLE = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

function load(): CaseDocument {
  const parsed = parseCase(readFileSync(fixturePath('builtin-ids.netwerkkaart.json'), 'utf8'));
  if (!parsed.ok) throw new Error(describeImportError(parsed.error));
  return parsed.value;
}

describe('a case with built-in property names as ids', () => {
  it('parses with every id and hand-placed position kept as data, and round-trips', () => {
    const doc = load();
    expect(validate(doc)).toEqual([]);
    const ids = doc.people.map((p) => p.id);
    for (const id of BUILTIN_PEOPLE) expect(ids).toContain(id);
    expect(Object.getPrototypeOf(doc.layout!.genogram)).not.toHaveProperty('x');
    expect(Object.keys(doc.layout!.genogram!).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.keys(doc.layout!.netwerkkaart!)).toEqual(['__proto__']);
    const again = parseCase(serializeCase(doc));
    expect(again.ok && canonical(again.value)).toBe(canonical(doc));
  });

  it('lays out both views with one position per person and draws the genogram connectors', async () => {
    const doc = load();
    const family = buildFamily(doc);
    expect(family.members).toEqual(expect.arrayContaining(BUILTIN_PEOPLE));
    const auto = await layoutGenogram(doc, new ELK());
    for (const id of family.members) expect(auto.get(id), id).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
    const genogram = viewPositions(doc, 'genogram', auto);
    expect(genogram.get('__proto__')).toEqual({ x: 200, y: 0 });
    expect(genogram.get('constructor')).toEqual({ x: 0, y: 0 });
    const connectors = genogramConnectors(doc, genogram);
    expect(connectors.some((k) => k.kind === 'couple' && k.unionId === 'propertyIsEnumerable')).toBe(true);
    const kaart = layoutNetwerkkaart(doc);
    expect([...kaart.keys()].sort()).toEqual(doc.people.map((p) => p.id).sort());
    for (const view of ['genogram', 'netwerkkaart'] as const) {
      const base = view === 'genogram' ? withFallbackPositions(doc, genogramMembership(doc).members, auto) : kaart;
      const nodes = buildPersonNodes({ doc, view, auto: base });
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      for (const id of BUILTIN_PEOPLE) expect(nodes.some((n) => n.id === id), `${view}: ${id}`).toBe(true);
    }
    expect(buildTieEdges(doc, new Set(doc.people.map((p) => p.id)), null).length).toBeGreaterThan(0);
  });

  it('a person who was never placed by hand is not "placed" by an inherited member', () => {
    const doc = load();
    const auto = new Map([['valueOf', { x: 5, y: 6 }]]);
    // `valueOf` has no manual position: the automatic one counts, not Object.prototype.valueOf.
    expect(viewPositions(doc, 'genogram', auto).get('valueOf')).toEqual({ x: 5, y: 6 });
    const nodes = buildPersonNodes({ doc, view: 'genogram', auto });
    expect(nodes.find((n) => n.id === 'valueOf')?.position).toEqual({ x: 5, y: 6 });
    expect(nodes.some((n) => n.id === 'hasOwnProperty')).toBe(false);
  });

  it('queries, overlays and commands treat them as ordinary ids', () => {
    let doc = load();
    expect(q.generations(doc).get('__proto__')).toBeTypeOf('number');
    expect(q.partnersOf(doc, 'constructor').map((l) => l.id)).toContain('__proto__');
    for (const step of ['2', '3', '5', '6'] as const) {
      const overlays = computeOverlays(doc, { ...initialSession, step, topicId: doc.topics[0]?.id ?? null });
      for (const id of overlays.keys()) expect(doc.people.some((p) => p.id === id)).toBe(true);
    }
    doc = c.setPositions(doc, { view: 'netwerkkaart', positions: new Map([['constructor', { x: 1, y: 2 }]]) });
    expect(Object.getOwnPropertyDescriptor(doc.layout!.netwerkkaart, 'constructor')?.value).toEqual({ x: 1, y: 2 });
    doc = c.setPositions(doc, { view: 'netwerkkaart', positions: new Map([['__proto__', { x: 3, y: 4 }]]) });
    expect(Object.getOwnPropertyDescriptor(doc.layout!.netwerkkaart, '__proto__')?.value).toEqual({ x: 3, y: 4 });
    expect(Object.getPrototypeOf(doc.layout!.netwerkkaart)).toBe(Object.prototype);
    doc = c.removePerson(doc, { id: '__proto__' });
    expect(Object.keys(doc.layout!.netwerkkaart!)).toEqual(['constructor']);
    expect(validate(doc)).toEqual([]);
  });
});
