/**
 * After dragging from one person to another: which relation is this? A small menu at the drop.
 * A contact is made with its quality in the same tap ("Sterk", "Conflict", ...), and the menu
 * then asks the direction of support at the same place (TieFlowMenu): drag, quality, direction.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { TIE_QUALITIES, type TieQuality } from '../graph/schema';
import { canvasText } from '../i18n/canvas';
import { tieQualityLabels } from '../i18n/labels';
import type { ConnectKind } from '../graph/commands';
import { Floating } from './Floating';

const FAMILY: Array<{ kind: Exclude<ConnectKind, 'tie'>; label: string }> = [
  { kind: 'partner', label: canvasText.connectPartner },
  { kind: 'parent-of', label: canvasText.connectParentOf },
  { kind: 'child-of', label: canvasText.connectChildOf },
];

export interface ConnectMenuProps {
  at: { x: number; y: number };
  /** "Sam → Ria": who the relation is from and to, so "ouder van" is unambiguous. */
  title: string;
  problem: string | null;
  onChoose(kind: ConnectKind, quality?: TieQuality): void;
  onCancel(): void;
}

/** A menu of menuitems at a point: focus on the first, arrows move, Escape cancels. */
export function PointMenu({ at, label, className, onCancel, children }: { at: { x: number; y: number }; label: string; className: string; onCancel(): void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') onCancel();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <Floating at={at} anchor="beside" className={`nk-popover ${className}`} onKeyDown={onKeyDown}>
      <div ref={ref} className="nk-popover__body" data-menu={label}>
        {children}
      </div>
    </Floating>
  );
}

export function ConnectMenu({ at, title, problem, onChoose, onCancel }: ConnectMenuProps) {
  return (
    <PointMenu at={at} label={canvasText.connectMenuLabel} className="nk-connect-menu" onCancel={onCancel}>
      <p className="nk-popover__title">{title}</p>
      <div role="menu" aria-label={canvasText.connectMenuLabel}>
        <div role="group" aria-label={canvasText.connectFamily} className="nk-menu-row">
          {FAMILY.map((item) => (
            <button key={item.kind} type="button" role="menuitem" onClick={() => onChoose(item.kind)}>
              {item.label}
            </button>
          ))}
        </div>
        <div role="group" aria-label={canvasText.connectTie} className="nk-menu-row nk-menu-row--ties">
          <span className="nk-menu-row__label" aria-hidden="true">
            {canvasText.connectTie}
          </span>
          {TIE_QUALITIES.map((quality) => (
            <button
              key={quality}
              type="button"
              role="menuitem"
              aria-label={canvasText.connectTieAs(tieQualityLabels[quality])}
              data-quality={quality}
              onClick={() => onChoose('tie', quality)}
            >
              {tieQualityLabels[quality]}
            </button>
          ))}
        </div>
        <button type="button" role="menuitem" onClick={onCancel}>
          {canvasText.cancel}
        </button>
      </div>
      {problem && (
        <p role="alert" className="nk-popover__problem">
          {problem}
        </p>
      )}
    </PointMenu>
  );
}
