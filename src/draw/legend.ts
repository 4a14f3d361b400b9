/**
 * The legend of a view, drawn with the same functions as the map itself, so a sample in the
 * legend always looks like the thing it explains. Returns the drawing with its size: the canvas
 * shows it in a panel, the PDF export places it beside the map.
 */
import type { ConsentDecision, Gender, ParentType, PartnerStatus, Person, TieQuality, ViewName } from '../graph/schema';
import { legendText } from '../i18n/legend';
import type { Connector, LineStyle } from '../layout/connectors';
import { consentMark, overloadedMark, supportBadge, SUPPORT_ORDER } from './badges';
import { drawGenogramConnectors } from './genogramConnectors';
import { approxTextWidth } from './text';
import { emotionalLine, tieLine, type EmotionalKind } from './ties';
import { INK, personSymbol } from './symbols';
import { el, type SvgNode } from './svg';

export interface LegendDrawing {
  node: SvgNode;
  width: number;
  height: number;
}

interface Item {
  sample: SvgNode;
  text: string;
}

interface Section {
  title: string;
  items: Item[];
}

const PAD = 10;
const SAMPLE_W = 58;
const ROW_H = 30;
const HEADING_H = 22;
const SECTION_GAP = 8;
const COLUMN_GAP = 18;
const FONT = 12;
/** Symbols in the legend are drawn at this scale of the map's size. */
const SYMBOL_SCALE = 0.55;

function scaled(node: SvgNode): SvgNode {
  return el('g', { transform: `translate(${SAMPLE_W / 2} 0) scale(${SYMBOL_SCALE})` }, [node]);
}

function symbolItem(person: Partial<Person> & { gender: Gender }, text: string): Item {
  return { sample: scaled(personSymbol({ sector: 'family', ...person })), text };
}

function peopleSection(withProfessional: boolean): Section {
  const t = legendText.people;
  const items = [
    symbolItem({ gender: 'male' }, t.male),
    symbolItem({ gender: 'female' }, t.female),
    symbolItem({ gender: 'unknown' }, t.other),
    symbolItem({ gender: 'male', focus: true }, t.focus),
    symbolItem({ gender: 'female', deceased: true }, t.deceased),
  ];
  if (withProfessional) items.push(symbolItem({ gender: 'female', sector: 'professional' }, t.professional));
  return { title: legendText.sections.people, items };
}

const X0 = 6;
const X1 = SAMPLE_W - 6;

function connector(kind: Connector['kind'], style: LineStyle, points: Connector['points']): Connector {
  return { id: kind, kind, unionId: 'legend', points, style };
}

function coupleSample(status: PartnerStatus): SvgNode {
  const style: LineStyle = status === 'cohabiting' ? 'dashed' : status === 'relationship' ? 'dotted' : 'solid';
  const slashes = status === 'separated' ? [0] : status === 'divorced' ? [-4, 4] : [];
  const c = SAMPLE_W / 2;
  return drawGenogramConnectors([
    connector('couple', style, [
      { x: X0, y: 0 },
      { x: X1, y: 0 },
    ]),
    ...slashes.map((dx) =>
      connector('slash', 'solid', [
        { x: c + dx - 4, y: 7 },
        { x: c + dx + 4, y: -7 },
      ]),
    ),
  ]);
}

function childSample(type: ParentType): SvgNode {
  const style: LineStyle = type === 'adoptive' ? 'dashed' : type === 'foster' ? 'dotted' : 'solid';
  const c = SAMPLE_W / 2;
  return drawGenogramConnectors([
    connector('sibling-bar', 'solid', [
      { x: c - 14, y: -11 },
      { x: c + 14, y: -11 },
    ]),
    connector('child', style, [
      { x: c, y: -11 },
      { x: c, y: 12 },
    ]),
  ]);
}

function lineEnds(): [{ x: number; y: number }, { x: number; y: number }] {
  return [
    { x: X0, y: 0 },
    { x: X1, y: 0 },
  ];
}

function genogramSections(): Section[] {
  const c = legendText.couples;
  const ch = legendText.children;
  const e = legendText.emotional;
  const [a, b] = lineEnds();
  return [
    peopleSection(false),
    {
      title: legendText.sections.couples,
      items: (['married', 'cohabiting', 'relationship', 'separated', 'divorced'] as const).map((s) => ({
        sample: coupleSample(s),
        text: c[s],
      })),
    },
    {
      title: legendText.sections.children,
      items: (['biological', 'adoptive', 'foster'] as const).map((t) => ({ sample: childSample(t), text: ch[t] })),
    },
    {
      title: legendText.sections.emotional,
      items: (['close', 'distant', 'conflict', 'cutoff'] as EmotionalKind[]).map((k) => ({
        sample: emotionalLine(a, b, k, { trimFrom: 0, trimTo: 0 }),
        text: e[k],
      })),
    },
  ];
}

function netwerkkaartSections(): Section[] {
  const [a, b] = lineEnds();
  const ties: TieQuality[] = ['strong', 'normal', 'weak', 'stressful', 'conflict', 'cutoff'];
  const letterRow = (category: (typeof SUPPORT_ORDER)[number]): Item => ({
    sample: el('g', { transform: `translate(${SAMPLE_W / 2} 0) scale(1.3)` }, [supportBadge(category)]),
    text: legendText.support[category],
  });
  const consent = (d: ConsentDecision): Item => ({
    sample: el('g', { transform: `translate(${SAMPLE_W / 2} 0)` }, [consentMark(d)]),
    text: legendText.consent[d],
  });
  return [
    peopleSection(true),
    {
      title: legendText.sections.ties,
      items: ties.map((q) => ({ sample: tieLine(a, b, q, 'none', { trimFrom: 0, trimTo: 0 }), text: legendText.ties[q] })),
    },
    {
      title: legendText.sections.flow,
      items: [
        { sample: tieLine(a, b, 'normal', 'to', { trimFrom: 0, trimTo: 0 }), text: legendText.flow.one },
        { sample: tieLine(a, b, 'normal', 'both', { trimFrom: 0, trimTo: 0 }), text: legendText.flow.both },
      ],
    },
    {
      title: legendText.sections.support,
      items: [
        ...SUPPORT_ORDER.map(letterRow),
        {
          sample: el('g', { transform: `translate(${SAMPLE_W / 2} 0)` }, [overloadedMark()]),
          text: legendText.support.overloaded,
        },
      ],
    },
    {
      title: legendText.sections.consent,
      items: (['may-know', 'may-not-know', 'undecided'] as const).map(consent),
    },
  ];
}

function sectionHeight(s: Section): number {
  return HEADING_H + s.items.length * ROW_H;
}

/** Splits sections over columns in order, each column about the same height. */
function columnsOf(sections: Section[], columns: number): Section[][] {
  const total = sections.reduce((acc, s) => acc + sectionHeight(s) + SECTION_GAP, 0);
  const target = total / columns;
  const out: Section[][] = [[]];
  let height = 0;
  for (const s of sections) {
    const h = sectionHeight(s) + SECTION_GAP;
    if (height > 0 && height + h / 2 > target && out.length < columns) {
      out.push([]);
      height = 0;
    }
    out[out.length - 1]!.push(s);
    height += h;
  }
  return out;
}

export function legend(view: ViewName, opts: { columns?: number } = {}): LegendDrawing {
  const sections = view === 'genogram' ? genogramSections() : netwerkkaartSections();
  const columns = columnsOf(sections, opts.columns ?? 2);
  const children: SvgNode[] = [
    el('text', { x: PAD, y: PAD + 14, 'font-size': 15, 'font-weight': 700, fill: INK }, [legendText.title]),
  ];
  let x = PAD;
  let height = 0;
  for (const column of columns) {
    let y = PAD + 30;
    let textWidth = 0;
    for (const s of column) {
      children.push(el('text', { x, y: y + 14, 'font-size': FONT, 'font-weight': 700, fill: INK }, [s.title]));
      textWidth = Math.max(textWidth, approxTextWidth(s.title, FONT) - SAMPLE_W);
      y += HEADING_H;
      for (const item of s.items) {
        const mid = y + ROW_H / 2;
        children.push(
          el('g', { class: 'legend-item', transform: `translate(${x} ${mid})` }, [
            item.sample,
            el('text', { x: SAMPLE_W + 6, y: 4, 'font-size': FONT, fill: INK }, [item.text]),
          ]),
        );
        textWidth = Math.max(textWidth, approxTextWidth(item.text, FONT) + 6);
        y += ROW_H;
      }
      y += SECTION_GAP;
    }
    height = Math.max(height, y);
    x += SAMPLE_W + textWidth + COLUMN_GAP;
  }
  const width = Math.ceil(x - COLUMN_GAP + PAD);
  height = Math.ceil(height + PAD - SECTION_GAP);
  return {
    node: el('g', { class: 'legend', 'data-view': view }, [
      el('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, rx: 4, fill: '#ffffff', stroke: '#9e9e9e' }),
      ...children,
    ]),
    width,
    height,
  };
}
