/**
 * Pictures to look at (not tests): the symbol catalogue, the legends, and whole maps drawn by
 * drawMap — every genogram line, an ecogram with every tie quality and overlay mark, a crowded one, the demo case
 * in both views. `npm run draw-preview` renders them to PNG in /tmp/draw-preview.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { legend } from '../src/draw/legend';
import { mapSvg } from '../src/draw/map';
import type { PersonMarks } from '../src/draw/person';
import { svgDocument } from '../src/draw/render';
import { el, type SvgNode } from '../src/draw/svg';
import { personLabel, personSymbol } from '../src/draw/symbols';
import { createCase } from '../src/graph/create';
import { createDemoCase } from '../src/graph/demo';
import type { CaseDocument, Closeness, Flow, Gender, Person, Relation, Sector, SupportCategory, TieQuality } from '../src/graph/schema';
import { layoutGenogram } from '../src/layout/genogram';
import { FamilyBuilder } from '../src/layout/genogramGenerate';
import { netwerkkaartView } from '../src/layout/netwerkkaartView';

function at(x: number, y: number, node: SvgNode): SvgNode {
  return el('g', { transform: `translate(${x} ${y})` }, [node]);
}

function symbolsSheet(): string {
  const genders: Gender[] = ['male', 'female', 'nonbinary', 'unknown'];
  const variants: Array<[Partial<Person>, Parameters<typeof personSymbol>[1]]> = [
    [{}, {}],
    [{ focus: true }, {}],
    [{ deceased: true, birthYear: 1931, deathYear: 2019 }, {}],
    [{ sector: 'professional' }, {}],
    [{ sector: 'professional', deceased: true }, {}],
    [{}, { selected: true }],
    [{}, { highlighted: true }],
    [{}, { dimmed: true }],
  ];
  const names = ['Şükriye Yılmaz-Öztürk', 'Ngọc', 'Jan', 'Wilhelmina van Oranje-Nassau'];
  const cells: SvgNode[] = [];
  genders.forEach((g, row) => {
    variants.forEach(([extra, opts], col) => {
      const p: Person = { id: 'x', name: names[row]!, gender: g, sector: 'family', closeness: 1, birthYear: 2010, ...extra };
      cells.push(at(60 + col * 110, 50 + row * 110, el('g', {}, [personSymbol(p, opts), personLabel(p)])));
    });
  });
  return svgDocument(el('g', {}, cells), { x: 0, y: 0, width: 900, height: 460 });
}

const P = (id: string, name: string, gender: Gender, sector: Sector, closeness: Closeness, extra: Partial<Person> = {}): Person => ({
  id, name, gender, sector, closeness, ...extra,
});

function caseOf(people: Person[], relations: Relation[] = []): CaseDocument {
  return { ...createCase({ id: 'c-preview', title: 'Voorbeeld', now: new Date('2026-11-28T10:00:00Z') }), people, relations };
}

function ecogram(): string {
  const people = [
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
  const ties: Array<[string, string, TieQuality, Flow]> = [
    ['sam', 'mo', 'strong', 'both'], ['sam', 'pa', 'stressful', 'from'], ['sam', 'oma', 'strong', 'from'],
    ['sam', 'opa', 'cutoff', 'none'], ['sam', 'tante', 'weak', 'none'], ['sam', 'oom', 'conflict', 'none'],
    ['sam', 'vr1', 'normal', 'both'], ['sam', 'bu', 'weak', 'from'], ['sam', 'mentor', 'normal', 'to'],
    ['sam', 'jh', 'normal', 'from'], ['sam', 'ggz', 'weak', 'from'],
  ];
  const relations: Relation[] = ties.map(([from, to, quality, flow], i) => ({ id: `t${i}`, kind: 'tie', from, to, quality, flow }));
  const support: Record<string, SupportCategory[]> = {
    oma: ['emotional', 'company', 'practical'], bu: ['practical'], mentor: ['advice'], vr1: ['company', 'emotional', 'advice', 'practical'],
  };
  const overlays = new Map<string, PersonMarks>(
    people.map((p) => [
      p.id,
      {
        support: support[p.id] ?? [],
        overloaded: p.id === 'oma',
        consent: p.id === 'bu' ? 'may-not-know' : p.id === 'mentor' ? 'may-know' : p.id === 'trainer' ? 'undecided' : undefined,
        agreements: p.id === 'oma' ? ['A1'] : [],
        dimmed: p.id === 'huisarts',
      },
    ]),
  );
  const doc = caseOf(people, relations);
  return mapSvg({ doc, view: 'netwerkkaart', positions: netwerkkaartView(doc).positions, overlays });
}

function crowded(): string {
  const people: Person[] = [P('f', 'Focus', 'female', 'household', 1, { focus: true })];
  for (let k = 0; k < 40; k++) people.push(P(`n${k}`, `Buurvrouw Annemarie ${k}`, k % 2 ? 'male' : 'female', 'neighbourhood', 1));
  for (let k = 0; k < 6; k++) people.push(P(`h${k}`, `Huisgenoot Wilhelmina ${k}`, 'female', 'household', 1, { birthYear: 1990 + k }));
  for (let k = 0; k < 12; k++) people.push(P(`p${k}`, `Prof ${k}`, 'male', 'professional', ((k % 3) + 1) as Closeness));
  const doc = caseOf(people);
  return mapSvg({ doc, view: 'netwerkkaart', positions: netwerkkaartView(doc).positions });
}

/** Every couple status, every child type and parents with no relation entered, as the genogram draws them. */
async function genogramNotation(): Promise<string> {
  const b = new FamilyBuilder();
  const statuses = ['married', 'cohabiting', 'relationship', 'separated', 'divorced', 'widowed'] as const;
  statuses.forEach((status, i) => {
    b.person(`m${i}`, 'male', 1960, { name: status });
    b.person(`f${i}`, 'female', 1962, { name: status, deceased: status === 'widowed' });
    b.partner(`m${i}`, `f${i}`, status);
  });
  b.person('kb', 'male', 1990, { name: 'biologisch' });
  b.person('ka', 'female', 1991, { name: 'adoptie' });
  b.person('kf', 'nonbinary', 1992, { name: 'pleeg' });
  b.children(['m0', 'f0'], ['kb']).children(['m0', 'f0'], ['ka'], 'adoptive').children(['m0', 'f0'], ['kf'], 'foster');
  b.person('ks', 'male', 1995, { name: 'stiefkind' });
  b.children(['m4', 'f4'], ['ks']).child('m3', 'ks', 'step');
  b.person('nm', 'male', 1970, { name: 'geen relatie' });
  b.person('nf', 'female', 1971, { name: 'geen relatie' });
  b.person('nk', 'female', 2000, { name: 'kind' });
  b.children(['nm', 'nf'], ['nk']);
  const doc = b.doc();
  return mapSvg({ doc, view: 'genogram', positions: await layoutGenogram(doc, new ELK()) });
}

function legendSvg(view: 'genogram' | 'netwerkkaart', ties = false): string {
  const d = legend(view, { ties });
  return svgDocument(d.node, { x: 0, y: 0, width: d.width, height: d.height });
}

export async function previewSvgs(): Promise<Record<string, string>> {
  const demo = createDemoCase(new Date('2026-11-28T10:00:00Z'));
  return {
    symbols: symbolsSheet(),
    ecogram: ecogram(),
    crowded: crowded(),
    legendGenogram: legendSvg('genogram'),
    legendGenogramTies: legendSvg('genogram', true),
    genogramNotation: await genogramNotation(),
    legendNetwerkkaart: legendSvg('netwerkkaart'),
    demoNetwerkkaart: mapSvg({ doc: demo, view: 'netwerkkaart', positions: netwerkkaartView(demo).positions }),
    demoGenogram: mapSvg({ doc: demo, view: 'genogram', positions: await layoutGenogram(demo, new ELK()) }),
  };
}
