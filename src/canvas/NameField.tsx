/**
 * The inline name field for drawing live: it appears where the person will be, takes the
 * name, Enter adds, Escape (or leaving it empty) cancels. One field, focused at once, so adding a
 * person is click - type - Enter. The person does not exist before Enter, so there is nothing to
 * commit while typing; but when the page is hidden or closed mid-name, the name typed so far is
 * added (as Enter would) rather than lost.
 */
import { useEffect, useRef, useState } from 'react';
import { canvasText } from '../i18n/canvas';
import { Floating, type Anchor } from './Floating';
import { LIMITS } from '../graph/schema';

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
  const latest = useRef({ value, onSubmit });
  latest.current = { value, onSubmit };
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    let done = false;
    const onHide = () => {
      const name = (ref.current?.value ?? latest.current.value).trim();
      if (done || !name) return;
      done = true;
      latest.current.onSubmit(name);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    // Capture: runs before autosave's own pagehide/visibilitychange flush, so the person is saved.
    window.addEventListener('pagehide', onHide, { capture: true });
    document.addEventListener('visibilitychange', onVisibility, { capture: true });
    return () => {
      window.removeEventListener('pagehide', onHide, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility, { capture: true });
    };
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
        maxLength={LIMITS.nameLength}
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
