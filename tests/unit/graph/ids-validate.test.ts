import { describe, expect, it } from 'vitest';
import { ID_PREFIX, newId } from '../../../src/graph/ids';
import { err, ok } from '../../../src/graph/result';
import { createDemoCase } from '../../../src/graph/demo';
import { validate, firstProblem } from '../../../src/graph/validate';
import { NOW, caseWith, parentRel, person } from './helpers';

describe('newId', () => {
  it('is short, prefixed by kind, and different every time', () => {
    const id = newId(ID_PREFIX.person);
    expect(id).toMatch(/^p-[0-9a-f]{8}$/);
    const many = new Set(Array.from({ length: 1000 }, () => newId('r')));
    expect(many.size).toBe(1000);
  });
});

describe('Result helpers', () => {
  it('ok and err build the two cases', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('x')).toEqual({ ok: false, error: 'x' });
  });
});

describe('validate on a typed document', () => {
  it('finds nothing in the demo', () => {
    expect(validate(createDemoCase(NOW))).toEqual([]);
    expect(firstProblem(createDemoCase(NOW))).toBeNull();
  });

  it('reports manual positions of people who are not in the case (parse prunes them first)', () => {
    const doc = caseWith([person('p1')], [], { layout: { netwerkkaart: { ghost: { x: 0, y: 0 } } } });
    expect(validate(doc)).toEqual([{ code: 'dangling-ref', path: 'layout.netwerkkaart.ghost', params: { kind: 'person', id: 'ghost' } }]);
  });

  it('reports every problem, not only the first, in file order', () => {
    const doc = caseWith([person('a'), person('a')], [parentRel('r1', 'a', 'zz'), parentRel('r2', 'a', 'a')]);
    expect(validate(doc).map((p) => p.code)).toEqual(['duplicate-id', 'dangling-ref', 'self-relation']);
  });

  it('finds a long cycle of parent relations and names the relation that closes it', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const rels = ids.map((id, i) => parentRel(`r${i}`, id, ids[(i + 1) % ids.length] as string));
    const problems = validate(caseWith(ids.map((id) => person(id)), rels));
    expect(problems).toEqual([{ code: 'parent-cycle', path: 'relations[4]', params: { person: 'E' } }]);
  });
});
