/** What adding and removing a person or relation from the side pane share. */
import type { Selection } from '../../state/session';
import { undo, type Command } from '../../state/store';
import { editor } from '../../i18n/editor';
import type { Workspace } from '../workspace';

type RecordKind = NonNullable<Selection>['kind'];

/** Runs an add command; when the domain accepted the record, selects it and returns true. */
export function addAndSelect<R extends { id: string }>(ws: Workspace, command: Command<R>, record: R, kind: RecordKind): boolean {
  const state = ws.store.getState();
  state.run(command, record);
  if (ws.store.getState().doc === state.doc) return false;
  state.setSession({ selection: { kind, id: record.id } });
  return true;
}

/** Removes a record (one undo step), clears the selection and offers to undo in a notice. */
export function removeWithUndo(ws: Workspace, command: Command<{ id: string }>, id: string, text: string): void {
  ws.store.getState().run(command, { id });
  ws.store.getState().setSession({ selection: null });
  ws.notices.getState().push({ kind: 'info', text, action: { label: editor.undo, run: () => undo(ws.store) } });
}
