/**
 * Form controls that each commit one change per gesture: a text field commits on blur or Enter
 * (one undo step for the whole word, and the field's own undo works while typing); selects and
 * checkboxes commit at once. Every control has a visible label.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTypingCommit } from '../useTypingCommit';

/**
 * A valid draft is also committed after this long without typing, and every half second while
 * typing goes on (useTypingCommit): closing the tab while the cursor is still in a field (no blur)
 * then loses at most the last second, not the whole field — still one undo step per pause.
 */
const IDLE_COMMIT_MS = 1000;

interface TextFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  maxLength?: number;
  /** Returns a Dutch message when the draft cannot be committed. */
  validate?(draft: string): string | null;
  inputMode?: 'text' | 'numeric';
}

export function CommitTextField({ label, value, onCommit, maxLength, validate, inputMode }: TextFieldProps) {
  const id = useId();
  const [draft, setDraftState] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit, validate });
  latest.current = { ...latest.current, value, onCommit, validate };
  // The draft ref is set at once: a commit may run (timer, page event) before React renders.
  const setDraft = (text: string) => {
    latest.current.draft = text;
    setDraftState(text);
  };
  // Undo, redo or an edit on the map changes the stored value: show it.
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  // While typing only a valid draft is written, quietly; the message waits for blur or Enter.
  const typing = useTypingCommit(IDLE_COMMIT_MS, () => {
    const { draft: text, value: stored, onCommit: commitNow, validate: check } = latest.current;
    if (text !== stored && (check?.(text) ?? null) === null) commitNow(text);
  });

  const commit = () => {
    typing.flush();
    const text = latest.current.draft;
    setError(text === latest.current.value ? null : (validate?.(text) ?? null));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(value);
      setError(null);
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        maxLength={maxLength}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          typing.typed();
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function parseYear(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 1800 && year <= 2200 ? year : null;
}

export function YearField({ label, value, invalidText, onCommit }: {
  label: string;
  value: number | undefined;
  invalidText: string;
  onCommit(year: number | undefined): void;
}) {
  return (
    <CommitTextField
      label={label}
      value={value === undefined ? '' : String(value)}
      inputMode="numeric"
      maxLength={4}
      validate={(draft) => (parseYear(draft) === null ? invalidText : null)}
      onCommit={(draft) => onCommit(parseYear(draft) ?? undefined)}
    />
  );
}

export function SelectField<V extends string | number>({ label, value, options, onChange, placeholder }: {
  label: string;
  value: NoInfer<V> | '';
  options: readonly { value: V; label: string }[];
  onChange(value: NoInfer<V>): void;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => {
          const chosen = options.find((o) => String(o.value) === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Turns a label record (from src/i18n/labels.ts) into select options, in the schema's order. */
export function optionsFrom<V extends string | number>(values: readonly V[], labels: Record<V, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}
