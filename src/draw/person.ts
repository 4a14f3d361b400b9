/**
 * One person as the map shows them: the standard symbol, the current step's marks and the name
 * with years. The canvas node and the whole-map drawing (drawMap, for the PDF and comparisons)
 * both draw a person with this, so the screen and the paper cannot drift apart.
 */
import type { Person, ViewName } from '../graph/schema';
import { NETWERKKAART_FONT, NETWERKKAART_LABEL_WIDTH, NETWERKKAART_NAME_LINES } from '../layout/netwerkkaartGeometry';
import { overlayMarks, type OverlayMarks } from './badges';
import { DEFAULT_ROOM, linesThatFit } from './labelRoom';
import { el, type SvgNode } from './svg';
import { FOCUS_GAP, personLabel, personSymbol } from './symbols';
import { SYMBOL_SIZE } from '../layout/metrics';
import { NO_SCALE, type ReadingScale } from './readingScale';

export const GENOGRAM_FONT = 11;

export interface PersonMarks extends OverlayMarks {
  /** Faded: filtered out by perspective, or not visible in a "bekijk als" preview. */
  dimmed: boolean;
}

export interface PersonDrawingOptions {
  view: ViewName;
  marks?: PersonMarks;
  selected?: boolean;
  /** Genogram: the width in px the name may take (see labelRoom). */
  labelRoom?: number;
  /** Names and marks drawn larger on a map shown small (readingScale.ts); none on paper. */
  reading?: ReadingScale;
}

/** The person centred at (0, 0). */
export function drawPerson(person: Person, opts: PersonDrawingOptions): SvgNode {
  const { view, marks, selected = false, reading = NO_SCALE } = opts;
  // Netwerkkaart names are a little larger than the genogram's and wrap within the spacing the
  // layout keeps between people; a larger reading size wraps onto more lines, never wider.
  const font = (view === 'genogram' ? GENOGRAM_FONT : NETWERKKAART_FONT) * reading.name;
  const label =
    view === 'genogram'
      ? { fontSize: font, lines: linesThatFit(person.name, opts.labelRoom ?? DEFAULT_ROOM, font) }
      : { fontSize: font, maxWidth: NETWERKKAART_LABEL_WIDTH, maxLines: reading.name > 1 ? NETWERKKAART_NAME_LINES + 1 : NETWERKKAART_NAME_LINES };
  return el('g', {}, [
    personSymbol(person, { selected, dimmed: marks?.dimmed ?? false }),
    // The focus person's double outline is wider: their marks stand off it the same way.
    ...(marks ? [overlayMarks(marks, SYMBOL_SIZE + (person.focus ? 2 * FOCUS_GAP : 0), reading.mark)] : []),
    personLabel(person, label),
  ]);
}
