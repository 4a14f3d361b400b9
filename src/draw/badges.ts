/**
 * Marks drawn around a person's symbol for the steps' overlays. Every mark carries its meaning
 * in shape and letter, so it survives a black-and-white print:
 * - support letters right of the symbol: P (practical) in a square, G/A/E (social-emotional) in a circle;
 * - "overloaded": a warning triangle with "!" at the top left;
 * - consent (step 5) left of the symbol: may know = circle with a tick, may not know = square with a
 *   cross, undecided = diamond with "?".
 */
import type { ConsentDecision, SupportCategory } from '../graph/schema';
import { supportTypeOf } from '../graph/support';
import { supportCategoryLetters } from '../i18n/labels';
import { SYMBOL_SIZE } from '../layout/metrics';
import { fmt } from './geometry';
import { approxTextWidth } from './text';
import { INK, PAPER } from './symbols';
import { el, type SvgNode } from './svg';
import { MARK_FONT } from './readingScale';

/** The paper ecogram's order: practical first, then the social-emotional letters. */
export const SUPPORT_ORDER: SupportCategory[] = ['practical', 'company', 'advice', 'emotional'];
const BADGE = 11;
const GAP = 1.5;

/**
 * One letter badge centred at (0,0). A need (step 2) has the same letter in a dashed frame: what
 * is asked for, beside what is offered, without colour.
 */
export function supportBadge(category: SupportCategory, kind: 'offer' | 'need' = 'offer'): SvgNode {
  const h = BADGE / 2;
  const line = { fill: PAPER, stroke: INK, 'stroke-width': 1.2, ...(kind === 'need' ? { 'stroke-dasharray': '2.2 1.4' } : {}) };
  // The frame shows the type (src/graph/support.ts): practical in a square, social-emotional in a circle.
  const frame =
    supportTypeOf(category) === 'practical'
      ? el('rect', { x: -h, y: -h, width: BADGE, height: BADGE, ...line })
      : el('circle', { cx: 0, cy: 0, r: h + 0.5, ...line });
  return el('g', { class: kind === 'need' ? 'need-badge' : 'support-badge', 'data-category': category }, [
    frame,
    el('text', { x: 0, y: 3.2, 'text-anchor': 'middle', 'font-size': MARK_FONT, 'font-weight': 700, fill: INK }, [
      supportCategoryLetters[category],
    ]),
  ]);
}

/**
 * A column of letters beside a symbol centred at (0,0): offers on the right, needs on the left;
 * nothing when the list is empty.
 */
export function supportBadges(categories: readonly SupportCategory[], size = SYMBOL_SIZE, kind: 'offer' | 'need' = 'offer'): SvgNode | null {
  const present = SUPPORT_ORDER.filter((c) => categories.includes(c));
  if (present.length === 0) return null;
  const x = (size / 2 + 4 + BADGE / 2) * (kind === 'need' ? -1 : 1);
  const total = present.length * BADGE + (present.length - 1) * GAP;
  const top = -total / 2 + BADGE / 2;
  return el(
    'g',
    { class: kind === 'need' ? 'need-badges' : 'support-badges' },
    present.map((c, i) => el('g', { transform: `translate(${fmt(x)} ${fmt(top + i * (BADGE + GAP))})` }, [supportBadge(c, kind)])),
  );
}

/**
 * "Nog niemand: 2" above a symbol (step 3): needs of this person that nobody in the network
 * helps with yet, where the family looks, in words and with a "!" (not colour alone).
 */
export function openNeedsTag(text: string, size = SYMBOL_SIZE): SvgNode {
  const width = approxTextWidth(text, MARK_FONT) + 16;
  const x = -width / 2;
  const y = -size / 2 - 19;
  return el('g', { class: 'open-needs-tag' }, [
    el('rect', { x, y, width, height: 13, rx: 3, fill: '#fde7e4', stroke: INK, 'stroke-width': 1.2 }),
    el('text', { x: x + 6, y: y + 9.8, 'text-anchor': 'middle', 'font-size': MARK_FONT, 'font-weight': 700, fill: INK }, ['!']),
    el('text', { x: x + 10, y: y + 9.5, 'font-size': MARK_FONT, fill: INK }, [text]),
  ]);
}

/** Warning triangle with "!" centred at (0,0). */
export function overloadedMark(): SvgNode {
  return el('g', { class: 'overloaded-mark' }, [
    el('path', { d: 'M0 -8 L8 6 L-8 6 Z', fill: '#ffd54f', stroke: INK, 'stroke-width': 1.4, 'stroke-linejoin': 'round' }),
    el('path', { d: 'M0 -3.5 L0 1.5', stroke: INK, 'stroke-width': 1.8, 'stroke-linecap': 'round' }),
    el('circle', { cx: 0, cy: 4, r: 1, fill: INK }),
  ]);
}

/** Consent mark for the selected topic, centred at (0,0). */
export function consentMark(decision: ConsentDecision): SvgNode {
  const r = 8;
  const line = { stroke: INK, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', fill: 'none' };
  if (decision === 'may-know') {
    return el('g', { class: 'consent-mark', 'data-decision': decision }, [
      el('circle', { cx: 0, cy: 0, r, fill: '#c8e6c9', stroke: INK, 'stroke-width': 1.4 }),
      el('path', { d: 'M-4 0.5 L-1.2 3.5 L4.2 -3.2', ...line }),
    ]);
  }
  if (decision === 'may-not-know') {
    return el('g', { class: 'consent-mark', 'data-decision': decision }, [
      el('rect', { x: -r, y: -r, width: 2 * r, height: 2 * r, fill: '#ffcdd2', stroke: INK, 'stroke-width': 1.4 }),
      el('path', { d: 'M-3.5 -3.5 L3.5 3.5 M3.5 -3.5 L-3.5 3.5', ...line }),
    ]);
  }
  const d = r * 1.25;
  return el('g', { class: 'consent-mark', 'data-decision': decision }, [
    el('path', { d: `M0 ${-d} L${d} 0 L0 ${d} L${-d} 0 Z`, fill: '#eeeeee', stroke: INK, 'stroke-width': 1.4 }),
    el('text', { x: 0, y: 3.6, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 700, fill: INK }, ['?']),
  ]);
}

/** Short agreement tags ("A1") centred above the symbol. */
export function agreementTags(tags: readonly string[], size = SYMBOL_SIZE): SvgNode | null {
  if (tags.length === 0) return null;
  const text = tags.join(' ');
  const width = 6 * text.length + 6;
  const x = -width / 2;
  const y = -size / 2 - 19;
  return el('g', { class: 'agreement-tags' }, [
    el('rect', { x, y, width, height: 12, rx: 6, fill: PAPER, stroke: INK, 'stroke-width': 1, 'stroke-dasharray': '2 1.5' }),
    el('text', { x: x + width / 2, y: y + 9, 'text-anchor': 'middle', 'font-size': MARK_FONT, fill: INK }, [text]),
  ]);
}

/** The overlay fields this module draws; NodeOverlay (src/state/overlay.ts) fits this shape. */
export interface OverlayMarks {
  support: readonly SupportCategory[];
  /** Step 2: the letters of this person's needs. */
  needs?: readonly SupportCategory[];
  /** Step 3: "nog niemand: 2", this person's needs nobody helps with yet. */
  openNeeds?: string;
  overloaded: boolean;
  consent?: ConsentDecision;
  agreements?: readonly string[];
}

export type MarkKind = 'support' | 'needs' | 'openNeeds' | 'overloaded' | 'consent' | 'agreements';

/** Which kinds of mark overlayMarks draws for these people (what a legend has to explain). */
export function markKinds(marks: Iterable<OverlayMarks>): Set<MarkKind> {
  const kinds = new Set<MarkKind>();
  for (const m of marks) {
    if (m.support.length > 0) kinds.add('support');
    if ((m.needs ?? []).length > 0) kinds.add('needs');
    if (m.openNeeds) kinds.add('openNeeds');
    if (m.overloaded) kinds.add('overloaded');
    if (m.consent) kinds.add('consent');
    if ((m.agreements ?? []).length > 0) kinds.add('agreements');
  }
  return kinds;
}

/** `node` drawn `scale` times larger about the point (ax, ay), which stays where it was. */
function scaledAbout(node: SvgNode, ax: number, ay: number, scale: number): SvgNode {
  if (scale === 1) return node;
  return el('g', { transform: `translate(${fmt(ax)} ${fmt(ay)}) scale(${fmt(scale)}) translate(${fmt(-ax)} ${fmt(-ay)})` }, [node]);
}

/**
 * All overlay marks around a symbol centred at (0,0), in one group. `scale` draws them larger
 * (readingScale.ts), each about its side that faces the symbol, so a larger mark grows away
 * from the symbol instead of over it.
 */
export function overlayMarks(marks: OverlayMarks, size = SYMBOL_SIZE, scale = 1): SvgNode {
  const half = size / 2;
  const children: SvgNode[] = [];
  const badges = supportBadges(marks.support, size);
  if (badges) children.push(scaledAbout(badges, half + 4, 0, scale));
  const needs = supportBadges(marks.needs ?? [], size, 'need');
  if (needs) children.push(scaledAbout(needs, -half - 4, 0, scale));
  if (marks.openNeeds) children.push(scaledAbout(openNeedsTag(marks.openNeeds, size), 0, -half - 6, scale));
  if (marks.overloaded) {
    const mark = el('g', { transform: `translate(${fmt(-half - 4)} ${fmt(-half - 4)})`, 'data-part': 'overloaded' }, [overloadedMark()]);
    children.push(scaledAbout(mark, -half + 2, -half + 2, scale));
  }
  if (marks.consent) {
    const mark = el('g', { transform: `translate(${fmt(-half - 14)} 0)`, 'data-part': 'consent' }, [consentMark(marks.consent)]);
    children.push(scaledAbout(mark, -half - 4, 0, scale));
  }
  const tags = agreementTags(marks.agreements ?? [], size);
  if (tags) children.push(scaledAbout(tags, 0, -half - 7, scale));
  return el('g', { class: 'overlay-marks' }, children);
}
