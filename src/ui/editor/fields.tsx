/**
 * Form controls that each commit one change per gesture: a text field commits on a pause, blur
 * or Enter (one undo step per pause, see CommitText); selects and checkboxes commit at once. Every control has a visible label.
 */
import { useId } from 'react';
import { CommitText } from '../CommitText';

interface TextFieldProps {
  label: string;
  /** A text area of this many rows (notes) instead of one line. */
  rows?: number;
  /** A short hint under the label (who gets to see this). */
  hint?: string;
  value: string;
  onCommit(value: string): void;
  /** The schema's limit for this field. */
  maxLength: number;
  /** Returns a Dutch message when the draft cannot be committed. */
  validate?(draft: string): string | null;
  inputMode?: 'text' | 'numeric';
  quietLimit?: boolean;
}

/** A labelled CommitText: the one commit-on-pause field, as the side pane lays it out. */
export function CommitTextField({ rows, hint, ...props }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <CommitText id={id} {...props} {...(rows ? { multiline: true, rows } : {})} {...(hint ? { describedBy: hintId } : {})} />
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
      quietLimit
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
