/** A show/hide button (▸/▾) for a panel that stays in the page, hidden while closed. */
import { useId, useState, type ReactNode } from 'react';

/** `initiallyOpen` is read once: a panel opened for a reason stays open while it is used. */
export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  return { open, panelId, toggle: () => setOpen((v) => !v) };
}

interface Props {
  state: ReturnType<typeof useDisclosure>;
  className?: string;
  children: ReactNode;
}

export function DisclosureButton({ state, className, children }: Props) {
  return (
    <button
      type="button"
      className={className ? `st-disclosure ${className}` : 'st-disclosure'}
      aria-expanded={state.open}
      aria-controls={state.panelId}
      onClick={state.toggle}
    >
      <span aria-hidden="true">{state.open ? '▾' : '▸'}</span> {children}
    </button>
  );
}
