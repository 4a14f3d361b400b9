// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StepsPane } from '../../../src/steps/StepsPane';
import { StoreProvider } from '../../../src/state/react';
import { createAppStore, undo } from '../../../src/state/store';
import { smallCase } from './fixture';

afterEach(cleanup);

function mount() {
  const store = createAppStore(smallCase());
  render(
    <StoreProvider store={store}>
      <StepsPane />
    </StoreProvider>,
  );
  return store;
}

describe('StepsPane', () => {
  it('has six tabs named exactly "Stap 1" ... "Stap 6" and shows the chosen step\'s question', () => {
    const store = mount();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-label'))).toEqual(['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4', 'Stap 5', 'Stap 6']);
    fireEvent.click(screen.getByRole('tab', { name: 'Stap 2' }));
    expect(store.getState().session.step).toBe('2');
    expect(screen.getByText('Waar hebben jullie behoefte aan?')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Stap 2' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows the tips only on request', () => {
    mount();
    const button = screen.getByRole('button', { name: 'Tips voor de professional' });
    const tip = screen.getByText('Herinner het gezin eraan zich niet te beperken tot de naaste familie.');
    expect(tip.closest('[hidden]')).not.toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(tip.closest('[hidden]')).toBeNull();
  });

  it('writes notes once when the field is left (one undo step), and follows undo', () => {
    const store = mount();
    const notes = screen.getByLabelText('Aantekeningen bij deze stap') as HTMLTextAreaElement;
    fireEvent.change(notes, { target: { value: 'Eerste' } });
    fireEvent.change(notes, { target: { value: 'Eerste gesprek' } });
    fireEvent.blur(notes);
    expect(store.getState().doc.steps['3']?.notes).toBe('Eerste gesprek');
    act(() => undo(store));
    expect(store.getState().doc.steps['3']?.notes).toBeUndefined();
    expect(notes.value).toBe('');
  });

  it('adds a need for a parent in step 2, typed by its category', () => {
    const store = mount();
    fireEvent.click(screen.getByRole('tab', { name: 'Stap 2' }));
    const form = screen.getByRole('form', { name: 'Behoefte toevoegen voor Linda' });
    fireEvent.change(within(form).getByLabelText('Nieuwe behoefte van Linda'), { target: { value: 'Oppas' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Praktisch (P)' }));
    expect(store.getState().doc.needs).toMatchObject([{ of: 'linda', type: 'practical', category: 'practical', text: 'Oppas' }]);
    expect(within(screen.getByRole('list', { name: 'Behoeften van Linda' })).getByText('Oppas')).toBeTruthy();
  });

  it('changes a need\'s text and kind in place', () => {
    const store = mount();
    fireEvent.click(screen.getByRole('tab', { name: 'Stap 2' }));
    const form = screen.getByRole('form', { name: 'Behoefte toevoegen voor Sam' });
    fireEvent.change(within(form).getByLabelText('Nieuwe behoefte van Sam'), { target: { value: 'Praten' } });
    fireEvent.submit(form);
    fireEvent.click(screen.getByRole('button', { name: 'Praten wijzigen' }));
    const edit = screen.getByRole('form', { name: 'Praten wijzigen' });
    fireEvent.change(within(edit).getByLabelText('Tekst', { exact: true }), { target: { value: 'Samen sporten' } });
    fireEvent.change(within(edit).getByLabelText('Soort', { exact: true }), { target: { value: 'company' } });
    fireEvent.submit(edit);
    expect(store.getState().doc.needs).toMatchObject([{ of: 'sam', type: 'social-emotional', category: 'company', text: 'Samen sporten' }]);
    expect(screen.getByRole('button', { name: 'Samen sporten wijzigen' })).toBeTruthy();
  });

  it('adds with the kind used last on Enter, and keeps a letter and a type apart when asked (practical advice)', () => {
    const store = mount();
    fireEvent.click(screen.getByRole('tab', { name: 'Stap 2' }));
    const form = screen.getByRole('form', { name: 'Behoefte toevoegen voor Linda' });
    const text = within(form).getByLabelText('Nieuwe behoefte van Linda');
    fireEvent.change(text, { target: { value: 'Formulieren' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Advies (A)' }));
    fireEvent.change(text, { target: { value: 'Opvoedtips' } });
    fireEvent.submit(form);
    expect(store.getState().doc.needs.map((n) => [n.text, n.category, n.type])).toEqual([
      ['Formulieren', 'advice', 'social-emotional'],
      ['Opvoedtips', 'advice', 'social-emotional'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Formulieren wijzigen' }));
    const edit = screen.getByRole('form', { name: 'Formulieren wijzigen' });
    fireEvent.change(within(edit).getByLabelText('Sociaal-emotioneel of praktisch'), { target: { value: 'practical' } });
    fireEvent.submit(edit);
    expect(store.getState().doc.needs[0]).toMatchObject({ text: 'Formulieren', category: 'advice', type: 'practical' });
    expect(within(screen.getByRole('list', { name: 'Behoeften van Linda' })).getByText('Advies (A), praktisch')).toBeTruthy();
  });

  it('adds an offer under a need in step 3: who helps and what they do, linked to the need with its kind', () => {
    const store = mount();
    fireEvent.click(screen.getByRole('tab', { name: 'Stap 2' }));
    const form = screen.getByRole('form', { name: 'Behoefte toevoegen voor Sam' });
    fireEvent.change(within(form).getByLabelText('Nieuwe behoefte van Sam'), { target: { value: 'Vervoer' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Praktisch (P)' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Stap 3' }));
    const help = screen.getByRole('form', { name: 'Wie helpt bij "Vervoer"?' });
    const who = within(help).getByLabelText('Wie helpt bij "Vervoer"?') as HTMLSelectElement;
    // Sam, whose need it is, is not among the helpers.
    expect([...who.options].map((o) => o.text)).not.toContain('Sam');
    fireEvent.change(who, { target: { value: 'linda' } });
    fireEvent.change(within(help).getByLabelText('Wat doet die persoon bij "Vervoer"?'), { target: { value: 'Rijdt op zaterdag' } });
    fireEvent.submit(help);
    const need = store.getState().doc.needs[0];
    expect(store.getState().doc.offers).toMatchObject([{ by: 'linda', text: 'Rijdt op zaterdag', type: 'practical', category: 'practical', needIds: [need!.id] }]);
  });
});
