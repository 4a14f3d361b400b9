/**
 * The legend of a view. Every sample is drawn by the function that draws that thing on the map,
 * from the same style tables, and the legend iterates the schema's own lists (couple statuses,
 * child types, tie qualities, support letters, consent decisions): a value the map can draw
 * always has a sample, and the sample always looks like what it explains. Returns the drawing
 * with its size: the canvas shows it in a panel, the PDF export places it beside the map.
 */
import {
  CONSENT_DECISIONS,
  PARENT_TYPES,
  PARTNER_STATUSES,
  TIE_QUALITIES,
  type Flow,
  type Gender,
  type Person,
  type Point,
  type ViewName,
} from '../graph/schema';
import { legendText } from '../i18n/legend';
import { overlayText } from '../i18n/steps';
import { childLine, coupleConnectors, STEP_TRIM, stepLine, type Connector } from '../layout/connectors';
import { MARK_FONT } from './readingScale';
import { agreementTags, consentMark, openNeedsTag, overloadedMark, supportBadge, SUPPORT_ORDER, type MarkKind } from './badges';
import { drawGenogramConnectors } from './genogramConnectors';
import { approxTextWidth } from './text';
import { fmt } from './geometry';
import { tieLine } from './ties';
import { INK, personSymbol } from './symbols';
import { el, type SvgNode } from './svg';

export interface LegendDrawing {
  node: SvgNode;
  width: number;
  height: number;
}

export interface LegendOptions {
  columns?: number;
  /** The genogram shows the ties ("Banden tonen"); the netwerkkaart always shows them. */
  ties?: boolean;
  /** The kinds of step marks on the map (markKinds); absent: explain them all (a map to print may have any). */
  marks?: ReadonlySet<MarkKind>;
}

interface Item {
  /** What the sample stands for, e.g. `couple:divorced` (the `data-legend` of the item). */
  key: string;
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
/** Where a sample line starts and ends. */
const X0 = 6;
const X1 = SAMPLE_W - 6;
const MID = SAMPLE_W / 2;
/** Above this many rows the legend takes a third column, so it stays shorter than the screen. */
const ROWS_FOR_TWO_COLUMNS = 24;

const centred = (node: SvgNode, scale?: number): SvgNode =>
  el('g', { transform: `translate(${MID} 0)${scale ? ` scale(${scale})` : ''}` }, [node]);

function symbolItem(key: string, person: Partial<Person> & { gender: Gender }, text: string): Item {
  return { key: `person:${key}`, sample: centred(personSymbol({ sector: 'family', ...person }), SYMBOL_SCALE), text };
}

function peopleSection(): Section {
  const t = legendText.people;
  return {
    title: legendText.sections.people,
    items: [
      symbolItem('male', { gender: 'male' }, t.male),
      symbolItem('female', { gender: 'female' }, t.female),
      symbolItem('other', { gender: 'unknown' }, t.other),
      symbolItem('focus', { gender: 'male', focus: true }, t.focus),
      symbolItem('deceased', { gender: 'female', deceased: true }, t.deceased),
      symbolItem('professional', { gender: 'female', sector: 'professional' }, t.professional),
    ],
  };
}

const bar = (y = 0): Point[] => [
  { x: X0, y },
  { x: X1, y },
];

function couplesSection(): Section {
  const sample = (status: (typeof PARTNER_STATUSES)[number] | undefined) =>
    drawGenogramConnectors(coupleConnectors('legend', status, bar(), bar()));
  return {
    title: legendText.sections.couples,
    items: [
      ...PARTNER_STATUSES.map((s) => ({ key: `couple:${s}`, sample: sample(s), text: legendText.couples[s] })),
      { key: 'couple:none', sample: sample(undefined), text: legendText.noRelation },
    ],
  };
}

function childSample(type: (typeof PARENT_TYPES)[number]): SvgNode {
  if (type === 'step') {
    // A step-parent line runs from one symbol to another; extend the ends by the trim it cuts off.
    const [a, b] = [{ x: X0 + 4, y: -11 }, { x: X1 - 4, y: 11 }];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const u = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
    const line = stepLine('legend', 'legend', { x: a.x - u.x * STEP_TRIM, y: a.y - u.y * STEP_TRIM }, { x: b.x + u.x * STEP_TRIM, y: b.y + u.y * STEP_TRIM });
    return drawGenogramConnectors(line ? [line] : []);
  }
  const sibling: Connector = {
    id: 'legend-bar', kind: 'sibling-bar', unionId: 'legend', style: 'solid',
    points: [{ x: MID - 14, y: -11 }, { x: MID + 14, y: -11 }],
  };
  return drawGenogramConnectors([sibling, childLine('legend', 'legend', type, [{ x: MID, y: -11 }, { x: MID, y: 12 }])]);
}

function childrenSection(): Section {
  return {
    title: legendText.sections.children,
    items: PARENT_TYPES.map((t) => ({ key: `child:${t}`, sample: childSample(t), text: legendText.children[t] })),
  };
}

const tieSample = (quality: (typeof TIE_QUALITIES)[number], flow: Flow): SvgNode => {
  const [a, b] = bar();
  return tieLine(a!, b!, quality, flow, { trimFrom: 0, trimTo: 0 });
};

function tieSections(): Section[] {
  return [
    {
      title: legendText.sections.ties,
      items: TIE_QUALITIES.map((q) => ({ key: `tie:${q}`, sample: tieSample(q, 'none'), text: legendText.ties[q] })),
    },
    {
      title: legendText.sections.flow,
      items: [
        { key: 'flow:to', sample: tieSample('normal', 'to'), text: legendText.flow.one },
        { key: 'flow:both', sample: tieSample('normal', 'both'), text: legendText.flow.both },
      ],
    },
  ];
}

/** The marks of the steps' overlays, which both views draw around a person. */
function markSections(shown: (kind: MarkKind) => boolean): Section[] {
  const out: Section[] = [];
  const support: Item[] = shown('support')
    ? SUPPORT_ORDER.map((c) => ({ key: `support:${c}`, sample: centred(supportBadge(c), 1.3), text: legendText.support[c] }))
    : [];
  if (shown('overloaded')) support.push({ key: 'overloaded', sample: centred(overloadedMark()), text: legendText.overloaded });
  if (support.length > 0) out.push({ title: legendText.sections.support, items: support });
  if (shown('needs')) {
    out.push({ title: legendText.sections.needs, items: [{ key: 'need', sample: centred(supportBadge('emotional', 'need'), 1.3), text: legendText.need }] });
  }
  if (shown('openNeeds')) {
    // Drawn for a symbol of size 0, so the tag sits just above the row's middle.
    // The map's own tag, scaled down to the sample column so it never runs into its text.
    const label = overlayText.openNeeds(2);
    const fit = Math.min(1, (SAMPLE_W - 4) / (approxTextWidth(label, MARK_FONT) + 16));
    const tag = el('g', { transform: `translate(${MID} ${fmt(13 * fit)}) scale(${fmt(fit)})` }, [openNeedsTag(label, 0)]);
    out.push({ title: legendText.sections.openNeeds, items: [{ key: 'open-needs', sample: tag, text: legendText.openNeeds }] });
  }
  if (shown('consent')) {
    // Only decisions are marked on the map (the undecided are counted in the pane).
    const decided = CONSENT_DECISIONS.filter((d) => d !== 'undecided');
    out.push({
      title: legendText.sections.consent,
      items: decided.map((d) => ({ key: `consent:${d}`, sample: centred(consentMark(d)), text: legendText.consent[d] })),
    });
  }
  if (shown('agreements')) {
    // Drawn for a symbol of size 0, so the tag sits just above the row's middle.
    const tag = agreementTags([overlayText.agreementTag(1)], 0)!;
    out.push({
      title: legendText.sections.agreements,
      items: [{ key: 'agreement', sample: el('g', { transform: `translate(${MID} 13)` }, [tag]), text: legendText.agreement }],
    });
  }
  return out;
}

function sectionsOf(view: ViewName, opts: LegendOptions): Section[] {
  const marks = markSections((kind) => opts.marks?.has(kind) ?? true);
  if (view === 'netwerkkaart') return [peopleSection(), ...tieSections(), ...marks];
  return [peopleSection(), couplesSection(), childrenSection(), ...(opts.ties ? tieSections() : []), ...marks];
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

export function legend(view: ViewName, opts: LegendOptions = {}): LegendDrawing {
  const sections = sectionsOf(view, opts);
  const rows = sections.reduce((n, s) => n + s.items.length, 0);
  const columns = columnsOf(sections, opts.columns ?? (rows > ROWS_FOR_TWO_COLUMNS ? 3 : 2));
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
          el('g', { class: 'legend-item', 'data-legend': item.key, transform: `translate(${x} ${mid})` }, [
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
