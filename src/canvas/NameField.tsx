/**
 * The inline name field for drawing live: it appears where the person will be, takes the
 * name, Enter adds, Escape (or leaving it empty) cancels. One field, focused at once, so adding a
 * person is click - type - Enter.
 */
import { useEffect, useRef, useState } from 'react';
import { canvasText } from '../i18n/canvas';
import { Floating, type Anchor } from './Floating';

export interface NameFieldProps {
  label: string;
  /** Where to show it, in px relative to the map's container. */
  at: { x: number; y: number };
  /** A short line under the field, e.g. the sector and ring the person will be placed in. */
  hint?: string;
  anchor?: Anchor;
  onSubmit(name: string): void;
  onCancel(): void;
}

export function NameField({ label, at, hint, anchor = 'centre', onSubmit, onCancel }: NameFieldProps) {
  const [value, setValue] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Floating at={at} anchor={anchor} className="nk-name-field">
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const name = value.trim();
        if (name) onSubmit(name);
        else onCancel();
      }}
    >
      <input
        ref={ref}
        type="text"
        aria-label={label}
        aria-describedby={hint ? 'nk-name-field-hint' : undefined}
        placeholder={canvasText.newPersonPlaceholder}
        value={value}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {hint && (
        <span id="nk-name-field-hint" className="nk-name-field__hint">
          {hint}
        </span>
      )}
    </form>
    </Floating>
  );
}
