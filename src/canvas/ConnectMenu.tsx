/** After dragging from one person to another: which relation is this? A small menu at the drop. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { canvasText } from '../i18n/canvas';
import type { ConnectKind } from '../graph/commands';
import { Floating } from './Floating';

const ITEMS: Array<{ kind: ConnectKind; label: string }> = [
  { kind: 'partner', label: canvasText.connectPartner },
  { kind: 'parent-of', label: canvasText.connectParentOf },
  { kind: 'child-of', label: canvasText.connectChildOf },
  { kind: 'tie', label: canvasText.connectTie },
];

export interface ConnectMenuProps {
  at: { x: number; y: number };
  /** "Sam → Ria": who the relation is from and to, so "ouder van" is unambiguous. */
  title: string;
  problem: string | null;
  onChoose(kind: ConnectKind): void;
  onCancel(): void;
}

export function ConnectMenu({ at, title, problem, onChoose, onCancel }: ConnectMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);
  const itemsOf = () => Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
  const onKeyDown = (e: KeyboardEvent) => {
    const items = itemsOf();
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') onCancel();
    else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <Floating at={at} anchor="beside" className="nk-popover nk-connect-menu" onKeyDown={onKeyDown}>
      <div ref={ref} className="nk-popover__body">
      <p className="nk-popover__title">
        {title}
      </p>
      <div role="menu" aria-label={canvasText.connectMenuLabel}>
        {ITEMS.map((item) => (
          <button key={item.kind} type="button" role="menuitem" onClick={() => onChoose(item.kind)}>
            {item.label}
          </button>
        ))}
        <button type="button" role="menuitem" onClick={onCancel}>
          {canvasText.cancel}
        </button>
      </div>
      {problem && (
        <p role="alert" className="nk-popover__problem">
          {problem}
        </p>
      )}
      </div>
    </Floating>
  );
}
