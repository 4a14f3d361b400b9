import type { Gender, Person } from '../../../src/graph/schema';
import { svgDocument } from '../../../src/draw/render';
import { el, type SvgNode } from '../../../src/draw/svg';
import { personLabel, personSymbol } from '../../../src/draw/symbols';

function at(x: number, y: number, node: SvgNode): SvgNode {
  return el('g', { transform: `translate(${x} ${y})` }, [node]);
}

function symbolsSheet(): string {
  const genders: Gender[] = ['male', 'female', 'nonbinary', 'unknown'];
  const variants: Array<[string, Partial<Person>, Parameters<typeof personSymbol>[1]]> = [
    ['plain', {}, {}],
    ['focus', { focus: true }, {}],
    ['deceased', { deceased: true, birthYear: 1931, deathYear: 2019 }, {}],
    ['prof', { sector: 'professional' }, {}],
    ['prof+dead', { sector: 'professional', deceased: true }, {}],
    ['selected', {}, { selected: true }],
    ['highlight', {}, { highlighted: true }],
    ['dimmed', {}, { dimmed: true }],
  ];
  const names = ['Şükriye Yılmaz-Öztürk', 'Ngọc', 'Jan', 'Wilhelmina van Oranje-Nassau'];
  const cells: SvgNode[] = [];
  genders.forEach((g, row) => {
    variants.forEach(([, extra, opts], col) => {
      const p: Person = { id: 'x', name: names[row]!, gender: g, sector: 'family', closeness: 1, birthYear: 2010, ...extra };
      cells.push(at(60 + col * 110, 50 + row * 110, el('g', {}, [personSymbol(p, opts), personLabel(p)])));
    });
  });
  return svgDocument(el('g', {}, cells), { x: 0, y: 0, width: 900, height: 460 });
}

export function previewSvgs(): Record<string, string> {
  return { symbols: symbolsSheet() };
}
