/**
 * Gives the focus back to a dialog's opener once the dialog is gone. A modal <dialog> makes
 * everything outside it inert until it is removed, and these dialogs are unmounted, not closed:
 * a focus() from the close button or after an action (a new case opened) ran while the dialog
 * was still modal and was refused, leaving the keyboard user on the page itself. An effect runs
 * after React has removed the dialog, whichever way it was closed.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useReturnFocus(open: boolean, opener: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open, opener]);
}
