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
  return { symbols: symbolsSheet(), ecogram: extraPreviews.ecogram(), crowded: extraPreviews.crowded(), legendGenogram: extraPreviews.legendSvg('genogram'), legendNetwerkkaart: extraPreviews.legendSvg('netwerkkaart'), demo: extraPreviews.demo() };
}

import { ecogramBackground, ecogramExtent } from '../../../src/draw/ecogramBackground';
import { overlayMarks } from '../../../src/draw/badges';
import { tieLine } from '../../../src/draw/ties';
import { layoutWithGeometry } from '../../../src/layout/netwerkkaart';
import type { Closeness, Flow, Sector, SupportCategory, TieQuality } from '../../../src/graph/schema';

const P = (id: string, name: string, gender: Gender, sector: Sector, closeness: Closeness, extra: Partial<Person> = {}): Person => ({
  id, name, gender, sector, closeness, ...extra,
});

export function samplePeople(): Person[] {
  return [
    P('sam', 'Sam de Vries', 'male', 'household', 1, { focus: true, birthYear: 2012 }),
    P('mo', 'Marieke', 'female', 'household', 1, { birthYear: 1980 }),
    P('zus', 'Lotte', 'female', 'household', 1, { birthYear: 2015 }),
    P('pa', 'Peter', 'male', 'family', 2, { birthYear: 1978 }),
    P('oma', 'Oma Şükriye', 'female', 'family', 1, { birthYear: 1950 }),
    P('opa', 'Opa Henk', 'male', 'family', 3, { deceased: true, birthYear: 1945, deathYear: 2020 }),
    P('tante', 'Tante Ngọc', 'female', 'family', 2),
    P('oom', 'Oom Wilhelmus Alexander', 'male', 'family', 2),
    P('vr1', 'Daan', 'male', 'friends', 1),
    P('vr2', 'Fleur', 'female', 'friends', 2),
    P('vr3', 'Kim', 'nonbinary', 'friends', 2),
    P('bu', 'Buurvrouw Ans', 'female', 'neighbourhood', 2),
    P('mentor', 'Meneer Bakker', 'male', 'school-work', 2),
    P('trainer', 'Trainer Joost', 'male', 'leisure', 3),
    P('jh', 'Jeugdhulp Eva', 'female', 'professional', 1),
    P('ggz', 'GGZ Mark', 'male', 'professional', 2),
    P('huisarts', 'Huisarts', 'unknown', 'professional', 3),
  ];
}

function ecogram(): string {
  const people = samplePeople();
  const { geometry, positions } = layoutWithGeometry({ people });
  const ties: Array<[string, string, TieQuality, Flow]> = [
    ['sam', 'mo', 'strong', 'both'],
    ['sam', 'pa', 'stressful', 'from'],
    ['sam', 'oma', 'strong', 'from'],
    ['sam', 'opa', 'cutoff', 'none'],
    ['sam', 'tante', 'weak', 'none'],
    ['sam', 'oom', 'conflict', 'none'],
    ['sam', 'vr1', 'normal', 'both'],
    ['sam', 'bu', 'weak', 'from'],
    ['sam', 'mentor', 'normal', 'to'],
    ['sam', 'jh', 'normal', 'from'],
    ['sam', 'ggz', 'weak', 'from'],
  ];
  const support: Record<string, SupportCategory[]> = {
    oma: ['emotional', 'company', 'practical'],
    bu: ['practical'],
    mentor: ['advice'],
    vr1: ['company', 'emotional', 'advice', 'practical'],
  };
  const layers: SvgNode[] = [ecogramBackground(geometry, { highlight: { sector: 'faith', closeness: 2 } })];
  for (const [a, b, q, f] of ties) layers.push(tieLine(positions.get(a)!, positions.get(b)!, q, f));
  for (const p of people) {
    const pos = positions.get(p.id)!;
    layers.push(
      at(pos.x, pos.y, el('g', {}, [
        personSymbol(p, { selected: p.id === 'vr2' }),
        personLabel(p),
        overlayMarks({ support: support[p.id] ?? [], overloaded: p.id === 'oma', consent: p.id === 'bu' ? 'may-not-know' : p.id === 'mentor' ? 'may-know' : p.id === 'trainer' ? 'undecided' : undefined, agreements: p.id === 'oma' ? ['A1'] : [] }),
      ])),
    );
  }
  const e = ecogramExtent(geometry);
  return svgDocument(el('g', {}, layers), { x: -e, y: -e, width: 2 * e, height: 2 * e });
}

function crowded(): string {
  const people: Person[] = [P('f', 'Focus', 'female', 'household', 1, { focus: true })];
  for (let k = 0; k < 40; k++) people.push(P(`n${k}`, `Buurvrouw Annemarie ${k}`, k % 2 ? 'male' : 'female', 'neighbourhood', 1));
  for (let k = 0; k < 6; k++) people.push(P(`h${k}`, `Huisgenoot Wilhelmina ${k}`, 'female', 'household', 1, { birthYear: 1990 + k }));
  for (let k = 0; k < 12; k++) people.push(P(`p${k}`, `Prof ${k}`, 'male', 'professional', ((k % 3) + 1) as Closeness));
  const { geometry, positions } = layoutWithGeometry({ people });
  const layers: SvgNode[] = [ecogramBackground(geometry)];
  for (const p of people) {
    const pos = positions.get(p.id)!;
    layers.push(at(pos.x, pos.y, el('g', {}, [personSymbol(p), personLabel(p)])));
  }
  const e = ecogramExtent(geometry);
  return svgDocument(el('g', {}, layers), { x: -e, y: -e, width: 2 * e, height: 2 * e });
}

import { legend } from '../../../src/draw/legend';

function legendSvg(view: 'genogram' | 'netwerkkaart'): string {
  const d = legend(view);
  return svgDocument(d.node, { x: 0, y: 0, width: d.width, height: d.height });
}

import { createDemoCase } from '../../../src/graph/demo';

function demo(): string {
  const doc = createDemoCase(new Date('2026-11-28T10:00:00Z'));
  const { geometry, positions } = layoutWithGeometry(doc);
  const layers: SvgNode[] = [ecogramBackground(geometry)];
  for (const r of doc.relations) {
    if (r.kind !== 'tie') continue;
    layers.push(tieLine(positions.get(r.from)!, positions.get(r.to)!, r.quality, r.flow));
  }
  for (const p of doc.people) {
    const pos = positions.get(p.id)!;
    const support = doc.offers.filter((o) => o.by === p.id && o.category).map((o) => o.category!);
    layers.push(at(pos.x, pos.y, el('g', {}, [personSymbol(p), overlayMarks({ support, overloaded: false }), personLabel(p)])));
  }
  const e = ecogramExtent(geometry);
  return svgDocument(el('g', {}, layers), { x: -e, y: -e, width: 2 * e, height: 2 * e });
}

export const extraPreviews = { ecogram, crowded, legendSvg, demo };
