/**
 * A text field that writes to the document when the typist pauses or leaves the field, not on
 * every key, and at least every half second while typing goes on (src/ui/useTypingCommit.ts):
 * one pause is still one undo step, and at most the last second of typing is ever lost. It follows
 * the document when the value changes from outside (undo, another pane) while not being edited.
 * A one-line field also writes on Enter. When the document refuses a text (say, an empty
 * required field), leaving the field shows the stored text again rather than a false empty one.
 */
import { useLayoutEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTypingCommit } from '../../ui/useTypingCommit';

const PAUSE_MS = 700;

interface Props {
  value: string;
  onCommit(text: string): void;
  label: string;
  multiline?: boolean;
  rows?: number;
  id?: string;
  className?: string;
  placeholder?: string;
  describedBy?: string;
  /** Visually hidden label: the field is labelled by aria-label instead of a visible <label>. */
  ariaOnly?: boolean;
}

export function CommitText(props: Props) {
  const { value, onCommit } = props;
  const [draft, setDraftState] = useState(value);
  const editing = useRef(false);
  const latest = useRef({ draft, value, onCommit });
  latest.current = { ...latest.current, value, onCommit };
  // The draft ref is set at once: a commit may run (timer, page event) before React renders.
  const setDraft = (text: string) => {
    latest.current.draft = text;
    setDraftState(text);
  };

  // Layout effect: after a blur the stored value replaces the draft before anything is painted.
  useLayoutEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  // Reads the refs, not the render's values: it also runs from timers and page events.
  const typing = useTypingCommit(PAUSE_MS, () => {
    const { draft: d, value: v, onCommit: commit } = latest.current;
    if (d !== v) commit(d);
  });
  const flush = typing.flush;

  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    editing.current = true;
    setDraft(e.target.value);
    typing.typed();
  };
  const blur = () => {
    editing.current = false;
    flush();
    // Accepted: the new value arrives through the effect above. Refused: back to the stored text.
    setDraft(latest.current.value);
  };
  const key = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault(); // inside a form, Enter would otherwise submit it
    flush();
  };
  const common = {
    id: props.id,
    className: props.className,
    value: draft,
    onChange: change,
    onBlur: blur,
    placeholder: props.placeholder,
    'aria-describedby': props.describedBy,
    ...(props.ariaOnly ? { 'aria-label': props.label } : {}),
  };
  return props.multiline ? (
    <textarea rows={props.rows ?? 3} {...common} />
  ) : (
    <input type="text" onKeyDown={key} {...common} />
  );
}
