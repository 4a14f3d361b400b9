/** Small bindings the step editors share: the document, the session, and running a command. */
import { useCallback } from 'react';
import type { Command } from '../../state/store';
import { useAppStore, useAppStoreApi } from '../../state/react';

export function useDoc() {
  return useAppStore((s) => s.doc);
}

export function useRun() {
  const store = useAppStoreApi();
  return useCallback(<A,>(command: Command<A>, args: A) => store.getState().run(command, args), [store]);
}

export function useSetSession() {
  const store = useAppStoreApi();
  return store.getState().setSession;
}
