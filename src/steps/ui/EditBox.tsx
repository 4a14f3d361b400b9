/**
 * The frame of an in-place editor under a list item: focus moves in when it opens, Escape or
 * "Klaar" closes it. Its fields save as they change, so there is nothing to confirm.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../../i18n/steps';

interface Props {
  id: string;
  label: string;
  onDone(): void;
  children: ReactNode;
}

export function EditBox({ id, label, onDone, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Keyboard users land in the editor, not on the remove button that follows ✎.
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="st-form st-edit-box"
      id={id}
      role="group"
      aria-label={label}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <p className="st-hint">{t.autoSaved}</p>
      {children}
      <button type="button" onClick={onDone}>
        {t.done}
      </button>
    </div>
  );
}
