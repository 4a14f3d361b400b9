import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDemoCase } from '../../../src/graph/demo';
import { parseCase, serializeCase } from '../../../src/graph/parse';
import { household, partnersOf, siblingsOf, parentsOf, childrenOf, generations, focusPerson } from '../../../src/graph/queries';
import { validate } from '../../../src/graph/validate';
import { describeImportError } from '../../../src/i18n/importErrors';
import { DEMO_NOW, REFUSED, VALID } from '../../fixtures';

const read = (file: string) => readFileSync(file, 'utf8');

describe('fixture files', () => {
  it('demo.netwerkkaart.json is the serialized demo case (UPDATE_FIXTURES=1 rewrites it)', () => {
    const expected = serializeCase(createDemoCase(DEMO_NOW));
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(VALID.demo, expected);
    expect(read(VALID.demo)).toBe(expected);
  });

  it.each(Object.entries(VALID))('%s parses and is valid', (_name, file) => {
    const result = parseCase(read(file));
    expect(result.ok).toBe(true);
    if (result.ok) expect(validate(result.value)).toEqual([]);
  });

  it.each(Object.entries(REFUSED))('%s is refused with its own reason', (_name, fixture) => {
    const result = parseCase(read(fixture.file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(fixture.code);
    expect(result.error.path).toBe(fixture.path);
    expect(describeImportError(result.error)).toContain(fixture.messageIncludes);
  });

  it('the not-JSON file names the line and column', () => {
    const result = parseCase(read(REFUSED.notJson!.file));
    expect(!result.ok && result.error).toMatchObject({ code: 'json-syntax', params: { line: 5 } });
  });
});

describe('blended family: the genogram cases other tools get wrong', () => {
  const parsed = parseCase(read(VALID.blendedFamily));
  if (!parsed.ok) throw new Error(describeImportError(parsed.error));
  const doc = parsed.value;
  const name = (id: string) => doc.people.find((p) => p.id === id)?.name;

  it('has 20-25 people and Mila as focus person', () => {
    expect(doc.people.length).toBeGreaterThanOrEqual(20);
    expect(doc.people.length).toBeLessThanOrEqual(25);
    expect(focusPerson(doc)?.name).toBe('Mila Jansen');
  });

  it('Peter has three partners over time: divorced, cohabiting, married', () => {
    expect(partnersOf(doc, 'p-peter').map((p) => [name(p.id), p.status])).toEqual([
      ['Sandra Smit', 'divorced'],
      ['Eva de Boer', 'cohabiting'],
      ['Yasmin Öztürk', 'married'],
    ]);
  });

  it('Mila has a full sister and half-siblings from three other unions; step links make no siblings', () => {
    const sibs = Object.fromEntries(siblingsOf(doc, 'p-mila').map((s) => [s.id, s.kind]));
    expect(sibs).toEqual({ 'p-tom': 'half', 'p-lisa': 'half', 'p-emre': 'half', 'p-finn': 'half', 'p-zeynep': 'full' });
    // Emre is Peter's stepson: Tom (Peter's son) is no sibling of Emre.
    expect(siblingsOf(doc, 'p-emre').map((s) => s.id)).not.toContain('p-tom');
  });

  it('Jayden has a birth mother and two foster mothers; Lin two adoptive mothers', () => {
    expect(parentsOf(doc, 'p-jayden').map((p) => [p.id, p.type])).toEqual([
      ['p-ria', 'foster'],
      ['p-marloes', 'foster'],
      ['p-dewi', 'biological'],
    ]);
    expect(parentsOf(doc, 'p-lin').every((p) => p.type === 'adoptive')).toBe(true);
  });

  it('Henk and Truus have seven children; Yasmin belongs to two families', () => {
    expect(childrenOf(doc, 'p-henk')).toHaveLength(7);
    expect(parentsOf(doc, 'p-yasmin').map((p) => p.id)).toEqual(['p-mehmet', 'p-sukriye']);
    expect(partnersOf(doc, 'p-yasmin').map((p) => p.id)).toEqual(['p-peter', 'p-ali']);
    expect(doc.people.filter((p) => p.name === 'Yasmin Öztürk')).toHaveLength(1);
  });

  it('generations: grandparents 0, Peter and Yasmin 1 (partners share a row), children 2', () => {
    const gen = generations(doc);
    expect([gen.get('p-henk'), gen.get('p-mehmet'), gen.get('p-peter'), gen.get('p-yasmin'), gen.get('p-ali'), gen.get('p-mila'), gen.get('p-emre')]).toEqual([
      0, 0, 1, 1, 1, 2, 2,
    ]);
    expect(gen.get('p-dewi')).toBe(1); // pulled down to just above her child
  });

  it('the household is the focus person and those in the household sector', () => {
    expect(household(doc).map((p) => p.id).sort()).toEqual(['p-emre', 'p-mila', 'p-peter', 'p-yasmin', 'p-zeynep']);
  });
});
