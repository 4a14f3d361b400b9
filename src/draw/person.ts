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
import { personLabel, personSymbol } from './symbols';

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
}

/** The person centred at (0, 0). */
export function drawPerson(person: Person, opts: PersonDrawingOptions): SvgNode {
  const { view, marks, selected = false } = opts;
  // Netwerkkaart names are a little larger than the genogram's (the whole circle is fitted to
  // the screen at about 0.8 zoom) and wrap within the spacing the layout keeps between people.
  const label =
    view === 'genogram'
      ? { fontSize: GENOGRAM_FONT, lines: linesThatFit(person.name, opts.labelRoom ?? DEFAULT_ROOM, GENOGRAM_FONT) }
      : { fontSize: NETWERKKAART_FONT, maxWidth: NETWERKKAART_LABEL_WIDTH, maxLines: NETWERKKAART_NAME_LINES };
  return el('g', {}, [
    personSymbol(person, { selected, dimmed: marks?.dimmed ?? false }),
    ...(marks ? [overlayMarks(marks)] : []),
    personLabel(person, label),
  ]);
}
