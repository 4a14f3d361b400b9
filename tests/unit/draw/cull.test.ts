/** cullToBox: a tile of a large map carries only what can be seen on it. */
import { describe, expect, it } from 'vitest';
import { cullToBox } from '../../../src/draw/cull';
import { slicePeople, withoutNames } from '../../../src/draw/slices';
import { el } from '../../../src/draw/svg';

const person = (id: string, x: number, y: number) => el('g', { transform: `translate(${x} ${y})`, 'data-person-id': id }, [el('circle', { r: 20 })]);
const ids = (n: ReturnType<typeof cullToBox>): string[] =>
  (n.children ?? []).flatMap((c) => (typeof c === 'string' ? [] : c.attrs?.['data-person-id'] ? [String(c.attrs['data-person-id'])] : ids(c)));

describe('cullToBox', () => {
  const map = el('g', {}, [
    el('g', { class: 'lines' }, [el('polyline', { points: '0,0 100,0' }), el('polyline', { points: '5000,0 5100,0' }), el('path', { d: 'M 4000 4000 L 4100 4100' })]),
    el('g', { class: 'people' }, [person('near', 50, 50), person('edge', 230, 50), person('far', 3000, 3000)]),
    el('circle', { r: 500 }),
  ]);
  const kept = cullToBox(map, { x: 0, y: 0, width: 200, height: 200 });

  it('keeps the people whose symbol or label reaches into the box, drops the others', () => {
    expect(ids(kept)).toEqual(['near', 'edge']);
  });
  it('drops lines that miss the box and keeps what it cannot measure', () => {
    const lines = (kept.children![0] as ReturnType<typeof el>).children!;
    expect(lines).toHaveLength(1);
    expect(kept.children![2]).toEqual(el('circle', { r: 500 }));
  });
  it('keeps a path with curves whole rather than guess its extent', () => {
    const curved = el('g', {}, [el('path', { d: 'M 9000 9000 A 5 5 0 0 1 9010 9010' })]);
    expect(cullToBox(curved, { x: 0, y: 0, width: 10, height: 10 }).children).toHaveLength(1);
  });
});

describe('slicePeople and withoutNames', () => {
  const people = Array.from({ length: 95 }, (_, i) => el('g', { 'data-person-id': `p${i}` }, [el('g', { class: 'person-label' }, ['Naam'])]));
  const map = el('g', { class: 'map' }, [el('g', { class: 'lines' }), el('g', { class: 'people' }, people)]);

  it('keeps a small map whole, and cuts a large one into lines first, then people in slices, none lost', () => {
    expect(slicePeople(map, 100)).toEqual([map]);
    const slices = slicePeople(map, 40);
    expect(slices.map((s) => s.children?.length)).toEqual([1, 40, 40, 15]);
    expect(slices[0]!.children![0]).toEqual(el('g', { class: 'lines' }));
  });

  it('drops the names and nothing else', () => {
    const bare = withoutNames(map);
    expect(JSON.stringify(bare)).not.toContain('Naam');
    expect(JSON.stringify(bare)).toContain('p94');
  });
});
