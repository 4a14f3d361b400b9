/**
 * The one text field that writes to the document when the typist pauses or leaves the field, not
 * on every key, and at least every half second while typing goes on (useTypingCommit.ts): one
 * pause is one undo step, at most the last second of typing is ever lost, and what was typed is
 * written when the field goes away (a closed editor, another step). Used by the steps pane and
 * the side-pane editor alike.
 *
 * It follows the document when the value changes from outside (undo, the map) while not being
 * edited. A one-line field also writes on Enter and goes back to the stored text on Escape. A
 * draft that `validate` refuses is not written; its message shows after blur or Enter. A text the
 * document refuses (an empty required field) gives way to the stored text on blur. Every field
 * carries the schema's limit and says so when it is reached, so the app never writes a case it
 * would refuse to read back.
 */
import { useLayoutEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTypingCommit } from './useTypingCommit';
import { LimitNote } from './LimitNote';

/** Long enough not to write mid-word, short enough that a pause is a pause. */
const PAUSE_MS = 700;

export interface CommitTextProps {
  value: string;
  onCommit(text: string): void;
  label: string;
  /** The schema's limit for this field (LIMITS.nameLength, labelLength or textLength). */
  maxLength: number;
  /** A year has 4 digits by nature: no note when the fourth is typed. */
  quietLimit?: boolean;
  /** Returns a Dutch message when the draft cannot be written. */
  validate?(draft: string): string | null;
  multiline?: boolean;
  rows?: number;
  id: string;
  className?: string;
  placeholder?: string;
  describedBy?: string;
  inputMode?: 'text' | 'numeric';
  /** Visually hidden label: the field is labelled by aria-label instead of a visible <label>. */
  ariaOnly?: boolean;
}

export function CommitText(props: CommitTextProps) {
  const { value, onCommit, validate, maxLength, id } = props;
  const [draft, setDraftState] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const latest = useRef({ draft, value, onCommit, validate });
  latest.current = { ...latest.current, value, onCommit, validate };
  // The draft ref is set at once: a commit may run (timer, page event) before React renders.
  const setDraft = (text: string) => {
    latest.current.draft = text;
    setDraftState(text);
  };

  // Layout effect: after a blur the stored value replaces the draft before anything is painted.
  useLayoutEffect(() => {
    if (!editing.current) {
      setDraft(value);
      setError(null);
    }
  }, [value]);

  // Reads the refs, not the render's values: it also runs from timers and page events.
  const typing = useTypingCommit(PAUSE_MS, () => {
    const { draft: d, value: v, onCommit: commit, validate: check } = latest.current;
    if (d !== v && (check?.(d) ?? null) === null) commit(d);
  });

  const finish = () => {
    typing.flush();
    const { draft: d, value: v, validate: check } = latest.current;
    const message = d === v ? null : (check?.(d) ?? null);
    setError(message);
    return message;
  };
  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    editing.current = true;
    setDraft(e.target.value);
    if (error) setError(null);
    typing.typed();
  };
  const blur = () => {
    editing.current = false;
    // A refused draft stays, with its message, so the typist can correct it.
    if (finish() !== null) return;
    // Accepted: the new value arrives through the effect above. Refused by the document: back to the stored text.
    setDraft(latest.current.value);
  };
  const key = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault(); // inside a form, Enter would otherwise submit it
      finish();
    } else if (e.key === 'Escape') {
      editing.current = false;
      setDraft(latest.current.value);
      setError(null);
    }
  };
  const errorId = `${id}-error`;
  const limitId = `${id}-limit`;
  const atLimit = !props.quietLimit && draft.length >= maxLength;
  const describedBy = [props.describedBy, error ? errorId : null, atLimit ? limitId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    className: props.className,
    value: draft,
    maxLength,
    onChange: change,
    onBlur: blur,
    placeholder: props.placeholder,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    ...(props.ariaOnly ? { 'aria-label': props.label } : {}),
  };
  return (
    <>
      {props.multiline ? (
        <textarea rows={props.rows ?? 3} {...common} />
      ) : (
        <input type="text" inputMode={props.inputMode} onKeyDown={key} {...common} />
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {!props.quietLimit && <LimitNote id={limitId} length={draft.length} max={maxLength} />}
    </>
  );
}
