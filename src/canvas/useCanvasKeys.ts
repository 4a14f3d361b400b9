/**
 * Keyboard on the map, on top of React Flow's own (Tab to a person, Space/Enter selects, arrow
 * keys nudge the selected person — committed as one undo step per key press by changes.ts):
 * Enter edits the selection in the side pane, Delete/Backspace removes it (undoable), Escape
 * cancels the gesture in progress or clears the selection.
 */
import { useCallback, type KeyboardEvent } from 'react';
import type { AppStore } from '../state/store';
import { deleteSelection, setSelection } from './changes';

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** Asks the side pane (owned by the shell) to move focus into its editor for the selection. */
export function requestSelectionEditor(store: AppStore): void {
  store.getState().setSession({ editRequest: store.getState().session.editRequest + 1 });
}

export function useCanvasKeys(store: AppStore, hasPending: boolean, cancelPending: () => void) {
  return useCallback(
    (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const target = event.target as HTMLElement;
      if (event.key === 'Escape') {
        if (hasPending) cancelPending();
        else setSelection(store, null);
        event.preventDefault();
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        if (deleteSelection(store)) event.preventDefault();
      } else if (event.key === 'Enter') {
        const nodeEl = target.closest<HTMLElement>('.react-flow__node');
        const edgeEl = target.closest<HTMLElement>('.react-flow__edge');
        const id = nodeEl?.dataset.id ?? edgeEl?.dataset.id;
        if (!id) return;
        setSelection(store, nodeEl ? { kind: 'person', id } : { kind: 'relation', id });
        requestSelectionEditor(store);
        event.preventDefault();
      }
    },
    [store, hasPending, cancelPending],
  );
}
