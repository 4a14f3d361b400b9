/** Shared harness for the steps pane's component tests: mount on a document, count undo steps. */
import { act, render } from '@testing-library/react';
import type { CaseDocument, StepNumber } from '../../../src/graph/schema';
import { StepsPane } from '../../../src/steps/StepsPane';
import { StoreProvider } from '../../../src/state/react';
import { createAppStore, undo, type AppStore } from '../../../src/state/store';

export function mountSteps(doc: CaseDocument, step: StepNumber): AppStore {
  const store = createAppStore(doc);
  store.getState().setSession({ step });
  render(
    <StoreProvider store={store}>
      <StepsPane />
    </StoreProvider>,
  );
  return store;
}

/** Undo until nothing changes and say how many steps that took. */
export function undoSteps(store: AppStore): number {
  let n = 0;
  let before = store.getState().doc;
  for (;;) {
    act(() => undo(store));
    const after = store.getState().doc;
    if (after === before) return n;
    before = after;
    n++;
  }
}
