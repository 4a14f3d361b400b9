/**
 * The genogram's couple lines and child lines as targets: an invisible band over each line
 * that a click, a tap or Enter (after Tab) turns into a selection of its relation, so its status
 * or type is changed on the map (RelationEditor) instead of in a long list in the side pane.
 * Drawn in the viewport like the lines themselves; `nopan` keeps a press on it from panning.
 */
import { memo, type FocusEvent, type KeyboardEvent } from 'react';
import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { partnerStatusLabels, parentTypeLabels } from '../i18n/labels';
import { canvasText } from '../i18n/canvas';
import { hitArea, type LineTarget } from '../layout/lineTargets';

export interface GenogramLineTargetsProps {
  targets: readonly LineTarget[];
  selected: ReadonlySet<string>;
  nameOf(id: string): string;
  onChoose(target: LineTarget): void;
}

/**
 * Flow units either side of the line. A couple bar runs 10 below the partners' centres, where
 * their connect knobs sit: 8 keeps the band off the knob's centre, so a drag from it still
 * connects. Child lines have room for a wider band.
 */
const HALF_WIDTH = { couple: 8, child: 11 } as const;
const pathOf = (t: LineTarget) => hitArea(t.points, HALF_WIDTH[t.kind]);

export function labelOf(t: LineTarget, nameOf: (id: string) => string): string {
  return t.kind === 'couple'
    ? canvasText.coupleLine(nameOf(t.people[0]), nameOf(t.people[1]), partnerStatusLabels[t.status].toLowerCase())
    : canvasText.childLine(nameOf(t.child), canvasText.and(t.parents.map(nameOf)), parentTypeLabels[t.type].toLowerCase());
}

/** Screen pixels kept between a line Tab comes to and the map's edge. */
const FOCUS_MARGIN = 24;
/** After the view's own glide (200 ms) and a late layout. */
const REVEAL_AGAIN_MS = [300, 700] as const;

/** How far to move the view so that `box` lies inside `pane` (0 when it does). */
function shiftInto(start: number, end: number, min: number, max: number): number {
  if (start < min + FOCUS_MARGIN) return min + FOCUS_MARGIN - start;
  if (end > max - FOCUS_MARGIN) return Math.max(max - FOCUS_MARGIN - end, min + FOCUS_MARGIN - start);
  return 0;
}

function GenogramLineTargetsView({ targets, selected, nameOf, onChoose }: GenogramLineTargetsProps) {
  const rf = useReactFlow();
  // React Flow pans to a person that Tab comes to, not to these lines: one off the map's edge
  // would have the keyboard's focus out of sight.
  const reveal = (line: SVGPathElement) => {
    const pane = line.closest('.react-flow')?.getBoundingClientRect();
    // Only the keyboard's focus: a click or tap on a line must not move the map under the pointer.
    if (!pane || document.activeElement !== line || !line.matches(':focus-visible')) return;
    const box = line.getBoundingClientRect();
    // The part of the map on screen: the pane may reach past the window's edge.
    const dx = shiftInto(box.left, box.right, Math.max(pane.left, 0), Math.min(pane.right, window.innerWidth));
    const dy = shiftInto(box.top, box.bottom, Math.max(pane.top, 0), Math.min(pane.bottom, window.innerHeight));
    if (dx === 0 && dy === 0) return;
    const view = rf.getViewport();
    void rf.setViewport({ x: view.x + dx, y: view.y + dy, zoom: view.zoom }, { duration: 200 });
  };
  // Again a moment later: a layout or glide still under way may move the view after the focus came.
  const onFocus = (e: FocusEvent<SVGPathElement>) => {
    const line = e.currentTarget;
    reveal(line);
    for (const ms of REVEAL_AGAIN_MS) setTimeout(() => reveal(line), ms);
  };
  const onKeyDown = (t: LineTarget) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    onChoose(t);
  };

  return (
    <ViewportPortal>
      <svg className="nk-layer nk-layer--targets" width="1" height="1">
        {targets.map((t) => (
          <path
            key={t.key}
            d={pathOf(t)}
            role="button"
            tabIndex={0}
            aria-label={labelOf(t, nameOf)}
            aria-pressed={t.relationIds.some((id) => selected.has(id))}
            data-line={t.kind}
            className={`nk-line-target nopan${t.relationIds.some((id) => selected.has(id)) ? ' is-selected' : ''}`}
            onClick={(e) => {
              e.stopPropagation();
              onChoose(t);
            }}
            onKeyDown={onKeyDown(t)}
            onFocus={onFocus}
          />
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const GenogramLineTargets = memo(GenogramLineTargetsView);
