/**
 * The app store: the open case document (with undo/redo) and the session state beside it.
 * Made by a factory so every test and every mounted app gets a fresh store.
 *
 * The document only changes through `run(command, args)`: a pure domain command applied
 * once per user gesture, which is exactly one undo step. Session changes (selection, view,
 * step) never enter the undo history, because the equality check only looks at `doc`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { CaseDocument } from '../graph/schema';
import { initialSession, type SessionState } from './session';

export type Command<A> = (doc: CaseDocument, args: A) => CaseDocument;

export interface AppState {
  doc: CaseDocument;
  session: SessionState;
  /** Apply one domain command as one undo step. A command that returns the same doc is a no-op. */
  run<A>(command: Command<A>, args: A): void;
  /** Replace the whole document (open, import, new case): clears undo history. */
  load(doc: CaseDocument): void;
  setSession(patch: Partial<SessionState>): void;
}

export type DocHistory = TemporalState<Pick<AppState, 'doc'>>;
export type AppStore = StoreApi<AppState> & { temporal: StoreApi<DocHistory> };

/** How many undo steps are kept: a long session at the kitchen table stays well within this. */
const UNDO_LIMIT = 200;

export function createAppStore(initialDoc: CaseDocument, now: () => Date = () => new Date()): AppStore {
  const store = createStore<AppState>()(
    temporal(
      (set, get) => ({
        doc: initialDoc,
        session: initialSession,
        run(command, args) {
          const before = get().doc;
          const after = command(before, args);
          if (after === before) return;
          set({ doc: { ...after, case: { ...after.case, updatedAt: now().toISOString() } } });
        },
        load(doc) {
          set({ doc, session: { ...get().session, selection: null, topicId: null, viewAsPersonId: null } });
          store.temporal.getState().clear();
        },
        setSession(patch) {
          set({ session: { ...get().session, ...patch } });
        },
      }),
      {
        partialize: (state) => ({ doc: state.doc }),
        equality: (past, current) => past.doc === current.doc,
        limit: UNDO_LIMIT,
      },
    ),
  ) as AppStore;
  return store;
}

export function undo(store: AppStore): void {
  store.temporal.getState().undo();
}

export function redo(store: AppStore): void {
  store.temporal.getState().redo();
}
