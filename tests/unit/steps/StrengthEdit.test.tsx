// @vitest-environment jsdom
/** Step 4 edits a strength in place: each change is one undo step; Escape/Klaar return focus to ✎. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { addStrength } from '../../../src/graph/commands';
import { smallCase } from './fixture';
import { mountSteps, undoSteps } from './mountSteps';

afterEach(cleanup);

function mount() {
  let doc = smallCase();
  doc = addStrength(doc, { id: 's1', of: 'sam', domain: 'safety', text: 'Goed in voetbal' });
  return mountSteps(doc, '4');
}

const group = () => screen.getByRole('group', { name: /wijzigen$/ });

describe('step 4: editing a strength in place', () => {
  it('changes kind, life domain and text, each one undo step; an emptied text is refused', () => {
    const store = mount();
    fireEvent.click(screen.getByRole('radio', { name: /^Sam/ }));
    const edit = screen.getByRole('button', { name: 'Goed in voetbal wijzigen' });
    fireEvent.click(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(within(group()).getByLabelText('Vraag'), { target: { value: 'proud' } });
    // A new life domain moves the strength to another group; the editor stays open with it.
    fireEvent.change(within(group()).getByLabelText('Waarover?'), { target: { value: 'leisure' } });
    const text = within(group()).getByLabelText('Antwoord') as HTMLInputElement;
    fireEvent.change(text, { target: { value: 'Keeper van het jaar' } });
    fireEvent.blur(text);
    const emptied = within(group()).getByLabelText('Antwoord') as HTMLInputElement;
    fireEvent.change(emptied, { target: { value: '  ' } });
    fireEvent.blur(emptied);
    expect(emptied.value).toBe('Keeper van het jaar');
    expect(store.getState().doc.strengths).toEqual([
      { id: 's1', of: 'sam', domain: 'leisure', text: 'Keeper van het jaar', kind: 'proud' },
    ]);
    // Back to a plain strength removes `kind` from the record.
    fireEvent.change(within(group()).getByLabelText('Vraag'), { target: { value: 'strength' } });
    expect('kind' in (store.getState().doc.strengths[0] ?? {})).toBe(false);
    const inventory = screen.getByRole('group', { name: /wijzigen$/ }).closest('.st-domain');
    expect(inventory?.querySelector('dt')?.textContent).not.toBe('Veiligheid');
    fireEvent.click(within(group()).getByRole('button', { name: 'Klaar' }));
    const again = screen.getByRole('button', { name: 'Keeper van het jaar wijzigen' });
    expect(document.activeElement).toBe(again);
    expect(again.getAttribute('aria-expanded')).toBe('false');
    expect(undoSteps(store)).toBe(4);
    expect(store.getState().doc.strengths[0]).toEqual({ id: 's1', of: 'sam', domain: 'safety', text: 'Goed in voetbal' });
  });

  it('moves focus into the editor on open, and Escape closes it with focus back on ✎', () => {
    mount();
    fireEvent.click(screen.getByRole('radio', { name: /^Sam/ }));
    const edit = screen.getByRole('button', { name: 'Goed in voetbal wijzigen' });
    fireEvent.click(edit);
    expect(document.activeElement).toBe(group());
    fireEvent.keyDown(group(), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /wijzigen$/ })).toBeNull();
    expect(document.activeElement).toBe(edit);
  });
});
