/**
 * The ✎ edit + ✕ remove pair at the end of an item row. When ✎ opens an editor in place it
 * reports that (aria-expanded/-controls); useInPlaceEditor gives the list items that state and
 * returns focus to ✎ when the editor closes.
 */
import { useId, useRef, useState, type RefObject } from 'react';

interface Props {
  editLabel: string;
  removeLabel: string;
  onEdit(): void;
  onRemove(): void;
  /** Set only when ✎ toggles an editor in place; the row then says whether it is open. */
  open?: boolean;
  controls?: string;
  editRef?: RefObject<HTMLButtonElement | null>;
}

export function EditRemoveButtons({ editLabel, removeLabel, onEdit, onRemove, open, controls, editRef }: Props) {
  return (
    <>
      <button
        ref={editRef}
        type="button"
        className="st-icon-button"
        aria-label={editLabel}
        title={editLabel}
        aria-expanded={open}
        aria-controls={open ? controls : undefined}
        onClick={onEdit}
      >
        ✎
      </button>
      <button type="button" className="st-remove" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
        ✕
      </button>
    </>
  );
}

/** Open/close state of an in-place editor; closing puts focus back on ✎. */
export function useInPlaceEditor() {
  const [open, setOpen] = useState(false);
  const editorId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  return {
    open,
    editorId,
    editButton,
    toggle: () => setOpen((v) => !v),
    close: () => {
      setOpen(false);
      editButton.current?.focus();
    },
  };
}
