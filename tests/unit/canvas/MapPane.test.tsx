// @vitest-environment jsdom
import '../setup-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MapPane } from '../../../src/canvas/MapPane';
import { StoreProvider } from '../../../src/state/react';
import { createAppStore, undo } from '../../../src/state/store';
import { docWith, person } from './fixtures';
import { computeOverlays } from '../../../src/steps/overlays';

// jsdom has no Web Worker: the genogram layout runs in ELK's bundled build instead.
// `elkFails` lets one test see what the user is shown when the layout fails.
const elkControl = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../src/layout/elk', async () => {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const failing = { layout: () => Promise.reject(new Error('ELK kapot')) };
  return { getElk: () => (elkControl.fail ? failing : elk), warmUpElk: async () => {} };
});

afterEach(() => {
  cleanup();
  elkControl.fail = false;
});

function mount(view: 'netwerkkaart' | 'genogram' = 'netwerkkaart') {
  const doc = docWith(
    [
      person('sam', { name: 'Sam', focus: true, birthYear: 2012, sector: 'household', closeness: 1 }),
      person('kees', { name: 'Kees', sector: 'friends', closeness: 2 }),
      person('dok', { name: 'Dokter Y', sector: 'professional', closeness: 3 }),
    ],
    [
      { id: 't1', kind: 'tie', from: 'sam', to: 'kees', quality: 'strong', flow: 'to' },
      { id: 'r1', kind: 'partner', from: 'ma', to: 'pa', status: 'divorced' },
      { id: 'r2', kind: 'parent', from: 'ma', to: 'sam', type: 'biological' },
      { id: 'r3', kind: 'parent', from: 'pa', to: 'sam', type: 'adoptive' },
    ],
  );
  doc.people.push(person('ma', { name: 'Ma', gender: 'female' }), person('pa', { name: 'Pa', gender: 'male' }));
  const store = createAppStore(doc);
  store.getState().setSession({ view });
  render(
    <StoreProvider store={store}>
      <div style={{ width: '800px', height: '600px' }}>
        <MapPane overlaysOf={computeOverlays} />
      </div>
    </StoreProvider>,
  );
  return store;
}

describe('MapPane (netwerkkaart, rendered with React Flow in jsdom)', () => {
  it('draws one focusable node per person with an accessible name', () => {
    mount();
    expect(screen.getByRole('tab', { name: 'Netwerkkaart' }).getAttribute('aria-selected')).toBe('true');
    const nodes = document.querySelectorAll('.react-flow__node');
    expect(nodes).toHaveLength(5);
    expect(screen.getByRole('group', { name: 'Sam, jeugdige, 2012' }).getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('group', { name: 'Dokter Y, professional' })).toBeTruthy();
    // Professionals are drawn distinctly (hatched, with a mark), in the same drawing the PDF uses.
    const dok = document.querySelector('[data-person-id="dok"] .person-symbol');
    expect(dok?.getAttribute('data-professional')).toBe('true');
  });

  it('mirrors the store: selection from the store shows on the node, and the node follows the document', () => {
    const store = mount();
    act(() => store.getState().setSession({ selection: { kind: 'person', id: 'kees' } }));
    const kees = screen.getByRole('group', { name: /^Kees,/ });
    expect(kees.className).toMatch(/selected/);
    act(() => store.getState().run((d) => ({ ...d, people: d.people.filter((p) => p.id !== 'dok') }), undefined));
    expect(document.querySelectorAll('.react-flow__node')).toHaveLength(4);
  });

  it('adds a person with the toolbar in one undo step, and switches views through the session', () => {
    const store = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    const field = screen.getByRole('textbox', { name: 'Naam van nieuwe persoon' });
    fireEvent.change(field, { target: { value: 'Oma' } });
    fireEvent.submit(field.closest('form')!);
    expect(store.getState().doc.people.map((p) => p.name)).toEqual(['Sam', 'Kees', 'Dokter Y', 'Ma', 'Pa', 'Oma']);
    expect(screen.getByRole('group', { name: /^Oma,/ })).toBeTruthy();
    expect(store.getState().session.selection?.kind).toBe('person');
    undo(store);
    expect(store.getState().doc.people).toHaveLength(5);

    fireEvent.click(screen.getByRole('tab', { name: 'Genogram' }));
    expect(store.getState().session.view).toBe('genogram');
  });

  it('Delete removes the selected person (undoable); Escape clears the selection', () => {
    const store = mount();
    act(() => store.getState().setSession({ selection: { kind: 'person', id: 'kees' } }));
    const kees = screen.getByRole('group', { name: /^Kees,/ });
    fireEvent.keyDown(kees, { key: 'Delete' });
    expect(store.getState().doc.people.some((p) => p.id === 'kees')).toBe(false);
    undo(store);
    act(() => store.getState().setSession({ selection: { kind: 'person', id: 'kees' } }));
    fireEvent.keyDown(screen.getByRole('group', { name: /^Kees,/ }), { key: 'Escape' });
    expect(store.getState().session.selection).toBeNull();
  });
});

describe('MapPane (genogram)', () => {
  it('lays out in ELK, draws only the family, and draws the connectors from the positions', async () => {
    mount('genogram');
    // Kees (a friend) and the doctor have no family relation: not in the genogram.
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(3));
    expect(screen.queryByRole('group', { name: /^Kees,/ })).toBeNull();
    const layer = document.querySelector('.nk-layer--connectors')!;
    expect(layer.querySelectorAll('[data-kind="couple"][data-union="r1"]')).toHaveLength(1);
    expect(layer.querySelectorAll('[data-kind="slash"]')).toHaveLength(2);
    const styles = Array.from(layer.querySelectorAll('[data-kind="child"][data-child="sam"]')).map((e) => e.getAttribute('data-style'));
    // Born to Ma, adopted by Pa: one line from the couple, drawn as not (only) biological.
    expect(styles).toEqual(['dashed']);
    // Ties are an optional layer in the genogram: off until asked for.
    const toggle = screen.getByRole('button', { name: 'Banden tonen' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('MapPane (genogram notices)', () => {
  it('says how many people stand only on the netwerkkaart', async () => {
    mount('genogram');
    // Kees and Dokter Y have only a tie: they are not in the family.
    expect(await screen.findByText('2 mensen staan alleen op de netwerkkaart.')).toBeTruthy();
  });

  it('shows a failed layout as an alert, not only in the console', async () => {
    elkControl.fail = true;
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    mount('genogram');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het genogram kon niet opnieuw worden geschikt (ELK kapot)');
    log.mockRestore();
  });
});
