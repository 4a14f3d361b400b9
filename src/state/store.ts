/**
 * The app store: the open case document (with undo/redo) and the session state beside it.
 * Made by a factory so every test and every mounted app gets a fresh store.
 *
 * The document only changes through `run(command, args)`: a pure domain command applied
 * once per user gesture, which is exactly one undo step. Session changes (selection, view,
 * step) never enter the undo history, because the equality check only looks at `doc`.
 *
 * A text field that keeps typing commits every half second or so (so nothing long is lost), yet
 * a typing burst must stay one undo step: commits with the same `mergeKey`, one right after the
 * other, replace the present instead of adding a step. A tab that does not own the case (it is
 * open in another tab) is read-only: commands and undo/redo are refused.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { CaseDocument } from '../graph/schema';
import { initialSession, type SessionState } from './session';

export type Command<A> = (doc: CaseDocument, args: A) => CaseDocument;

export interface RunOptions {
  /** Commits with the same key, with nothing in between, are one undo step (a typing burst). */
  mergeKey?: string;
}

export interface AppState {
  doc: CaseDocument;
  session: SessionState;
  /** Apply one domain command as one undo step. A command that returns the same doc is a no-op. */
  run<A>(command: Command<A>, args: A, options?: RunOptions): void;
  /** Runs `work` (a field's commit) with `mergeKey` applying to every run() inside it. */
  typing(mergeKey: string, work: () => void): void;
  /** True while another tab owns this case: nothing may change the document here. */
  readOnly: boolean;
  setReadOnly(readOnly: boolean): void;
  /** Replace the whole document (open, import, new case): clears undo history. */
  load(doc: CaseDocument): void;
  setSession(patch: Partial<SessionState>): void;
}

export type DocHistory = TemporalState<Pick<AppState, 'doc'>>;
export type AppStore = StoreApi<AppState> & { temporal: StoreApi<DocHistory> };

/** How many undo steps are kept: a long session at the kitchen table stays well within this. */
const UNDO_LIMIT = 200;

export interface StoreOptions {
  /**
   * Runs after every command, before the result is stored: the app passes
   * holdNetwerkkaartStill, so that no command moves people on the map it did not touch.
   */
  settle?: (before: CaseDocument, after: CaseDocument) => CaseDocument;
}

export function createAppStore(initialDoc: CaseDocument, now: () => Date = () => new Date(), options: StoreOptions = {}): AppStore {
  const settle = options.settle ?? ((_before: CaseDocument, after: CaseDocument) => after);
  // The key of the last merged commit and the document it produced: a commit merges only when
  // nothing else (another command, undo, load) changed the document since.
  let lastMerge: { key: string; doc: CaseDocument } | null = null;
  let ambientKey: string | undefined;
  const store = createStore<AppState>()(
    temporal(
      (set, get) => ({
        doc: initialDoc,
        session: initialSession,
        readOnly: false,
        run(command, args, options) {
          if (get().readOnly) return;
          const before = get().doc;
          const result = command(before, args);
          if (result === before) return;
          const after = settle(before, result);
          const doc = { ...after, case: { ...after.case, updatedAt: now().toISOString() } };
          const key = options?.mergeKey ?? ambientKey;
          const merge = key !== undefined && lastMerge?.key === key && lastMerge.doc === before;
          if (merge) {
            // Not tracked: the undo step recorded by the burst's first commit now undoes all of it.
            store.temporal.getState().pause();
            set({ doc });
            store.temporal.getState().resume();
          } else {
            set({ doc });
          }
          lastMerge = key === undefined ? null : { key, doc };
        },
        typing(mergeKey, work) {
          const outer = ambientKey;
          ambientKey = mergeKey;
          try {
            work();
          } finally {
            ambientKey = outer;
          }
        },
        setReadOnly(readOnly) {
          set({ readOnly });
        },
        load(doc) {
          set({ doc, session: { ...get().session, selection: null, topicId: null, viewAsPersonId: null, moment: null } });
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
  if (!store.getState().readOnly) store.temporal.getState().undo();
}

export function redo(store: AppStore): void {
  if (!store.getState().readOnly) store.temporal.getState().redo();
}
