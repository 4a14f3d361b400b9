// @vitest-environment jsdom
/**
 * Text fields while someone types without pausing: the draft reaches the document at least every
 * half second (so closing the tab loses at most the last second), yet one typing burst stays one
 * undo step; hiding or closing the page commits the draft at once. Checked for the steps' notes
 * (CommitText) and for a side-pane field (CommitTextField).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setStepNotes, updatePerson } from '../../../src/graph/commands';
import { LIMITS } from '../../../src/graph/schema';
import { StoreProvider } from '../../../src/state/react';
import { createAppStore, type AppStore } from '../../../src/state/store';
import { CommitText } from '../../../src/ui/CommitText';
import { CommitTextField } from '../../../src/ui/editor/fields';
import { flushDrafts } from '../../../src/ui/useTypingCommit';
import { undoSteps } from '../steps/mountSteps';
import { makeDoc } from '../storage/fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Notes({ store }: { store: AppStore }) {
  return (
    <CommitText
      id="notes"
      maxLength={LIMITS.textLength}
      label="Notities"
      ariaOnly
      multiline
      value={store.getState().doc.steps['1']?.notes ?? ''}
      onCommit={(notes) => store.getState().run(setStepNotes, { step: '1', notes })}
    />
  );
}

function Name({ store }: { store: AppStore }) {
  const person = store.getState().doc.people[0]!;
  return <CommitTextField label="Naam" maxLength={LIMITS.nameLength} value={person.name} onCommit={(name) => store.getState().run(updatePerson, { id: person.id, patch: { name } })} />;
}

function mount(which: 'notes' | 'name') {
  const store = createAppStore(makeDoc('c1', 'Test'));
  const Field = which === 'notes' ? Notes : Name;
  const view = render(
    <StoreProvider store={store}>
      <Field store={store} />
    </StoreProvider>,
  );
  // Re-render on every document change, as the real panes do through their selectors.
  const unsubscribe = store.subscribe(() => view.rerender(<StoreProvider store={store}><Field store={store} /></StoreProvider>));
  const field = screen.getByLabelText(which === 'notes' ? 'Notities' : 'Naam') as HTMLInputElement;
  const stored = () => (which === 'notes' ? (store.getState().doc.steps['1']?.notes ?? '') : store.getState().doc.people[0]!.name);
  const unmount = () => {
    unsubscribe();
    view.unmount();
  };
  return { store, field, stored, unmount };
}

/** Types one character every 150 ms for `ms`; returns the text typed. */
async function typeSteadily(field: HTMLInputElement, ms: number, start = '') {
  let text = start;
  for (let t = 0; t < ms; t += 150) {
    text += 'abcdefghij'[(t / 150) % 10];
    fireEvent.change(field, { target: { value: text } });
    await act(() => vi.advanceTimersByTimeAsync(150));
  }
  return text;
}

for (const which of ['notes', 'name'] as const) {
  describe(`typing without a pause (${which})`, () => {
    it('reaches the document at least every half second, and a pause makes it one undo step', async () => {
      const { store, field, stored } = mount(which);
      const before = stored();
      let text = '';
      let worstLag = 0;
      for (let t = 0; t < 5000; t += 150) {
        text += 'x';
        fireEvent.change(field, { target: { value: text } });
        await act(() => vi.advanceTimersByTimeAsync(150));
        // How many characters typed so far are not yet in the document.
        const inDoc = text.startsWith(stored()) ? stored().length : 0;
        worstLag = Math.max(worstLag, text.length - inDoc);
      }
      // 150 ms per key: half a second is at most four keys behind.
      expect(worstLag).toBeLessThanOrEqual(4);
      await act(() => vi.advanceTimersByTimeAsync(1500));
      expect(stored()).toBe(text);
      expect(undoSteps(store)).toBe(1);
      expect(stored()).toBe(before);
    });

    it('each pause is its own undo step', async () => {
      const { store, field } = mount(which);
      const first = await typeSteadily(field, 2000, 'Eerst');
      await act(() => vi.advanceTimersByTimeAsync(1500));
      await typeSteadily(field, 2000, `${first} dan`);
      await act(() => vi.advanceTimersByTimeAsync(1500));
      expect(undoSteps(store)).toBe(2);
    });

    it('commits the draft at once when the page is hidden or closed', async () => {
      const { stored, field } = mount(which);
      fireEvent.change(field, { target: { value: 'Net getypt' } });
      expect(stored()).not.toBe('Net getypt');
      window.dispatchEvent(new Event('pagehide'));
      expect(stored()).toBe('Net getypt');
      fireEvent.change(field, { target: { value: 'Net getypt, en meer' } });
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(stored()).toBe('Net getypt, en meer');
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    });

    it('commits the draft when the tab hands the case over to another tab', () => {
      const { stored, field } = mount(which);
      fireEvent.change(field, { target: { value: 'Voor de overdracht' } });
      flushDrafts();
      expect(stored()).toBe('Voor de overdracht');
    });

    it('keeps what was typed when the field closes within a second (editor closed, step switched)', () => {
      const { stored, field, unmount } = mount(which);
      fireEvent.change(field, { target: { value: 'Bijna weg' } });
      unmount();
      expect(stored()).toBe('Bijna weg');
    });

    it('says "Maximaal N tekens" when the text reaches the limit, and carries the limit', () => {
      const { field, unmount } = mount(which);
      const max = which === 'notes' ? LIMITS.textLength : LIMITS.nameLength;
      expect(field.maxLength).toBe(max);
      expect(screen.queryByRole('status')).toBeNull();
      fireEvent.change(field, { target: { value: 'x'.repeat(max) } });
      expect(screen.getByRole('status').textContent).toBe(`Maximaal ${max.toLocaleString('nl-NL')} tekens`);
      expect(field.getAttribute('aria-describedby')).toContain(screen.getByRole('status').id);
      unmount();
    });
  });
}
