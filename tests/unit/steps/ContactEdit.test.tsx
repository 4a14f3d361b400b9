// @vitest-environment jsdom
/** Step 6 edits in place: each gesture is one undo step; step 5's preview banner can be stopped. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { addAgreement, addMeeting, addTopic, setConsent } from '../../../src/graph/commands';
import { smallCase } from './fixture';
import { mountSteps, undoSteps } from './mountSteps';

afterEach(cleanup);

function mount(step: '5' | '6') {
  let doc = smallCase();
  doc = addAgreement(doc, { id: 'a1', with: ['ans'], frequency: 'weekly', channel: 'whatsapp', content: 'Bijpraten' });
  doc = addMeeting(doc, { id: 'm1', date: '2026-11-20', present: ['ans'], notes: 'Eerste keer' });
  doc = addMeeting(doc, { id: 'm2', date: '2026-11-27', present: [], notes: 'Tweede keer', lookBack: 'Ging goed' });
  doc = addTopic(doc, { id: 't1', label: 'Diagnose' });
  doc = setConsent(doc, { personId: 'henk', topicId: 't1', decision: 'may-not-know' });
  return mountSteps(doc, step);
}

describe('step 6: editing in place', () => {
  it('changes an agreement field by field, each one undo step, and keeps at least one person', () => {
    const store = mount('6');
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak A1 wijzigen' }));
    const editor = screen.getByRole('group', { name: 'Afspraak A1 wijzigen' });
    const content = within(editor).getByLabelText('Waarover?') as HTMLTextAreaElement;
    fireEvent.change(content, { target: { value: 'Bijpraten over' } });
    fireEvent.change(content, { target: { value: 'Bijpraten over school' } });
    fireEvent.blur(content);
    fireEvent.change(within(editor).getByLabelText('Hoe houden jullie contact?'), { target: { value: 'phone' } });
    // Emptying the required text is refused: the stored text comes back.
    fireEvent.change(content, { target: { value: '   ' } });
    fireEvent.blur(content);
    expect(content.value).toBe('Bijpraten over school');
    // Taking the only person off is refused with a message.
    fireEvent.click(within(within(editor).getByRole('group', { name: 'Met wie?' })).getByLabelText('Oma Ans'));
    expect(within(editor).getByRole('alert').textContent).toMatch(/minstens één persoon/);
    expect(store.getState().doc.agreements[0]).toMatchObject({ with: ['ans'], channel: 'phone', content: 'Bijpraten over school' });
    // A free-text frequency: choose "Anders", type, Enter.
    fireEvent.change(within(editor).getByLabelText('Hoe vaak?'), { target: { value: 'other-text' } });
    const other = within(editor).getByLabelText('Anders, namelijk', { exact: true });
    fireEvent.change(other, { target: { value: 'Elke eerste zondag' } });
    fireEvent.keyDown(other, { key: 'Enter' });
    expect(store.getState().doc.agreements[0]?.frequency).toBe('Elke eerste zondag');
    // Three changes, three undo steps (the initial adds are part of the loaded document).
    expect(undoSteps(store)).toBe(3);
    expect(store.getState().doc.agreements[0]).toMatchObject({ frequency: 'weekly', channel: 'whatsapp', content: 'Bijpraten' });
  });

  it('changes a meeting and removes an emptied look-back; the new-meeting look-back follows', () => {
    const store = mount('6');
    fireEvent.click(screen.getByRole('button', { name: 'Contactmoment van 27 november 2026 wijzigen' }));
    const editor = screen.getByRole('group', { name: 'Contactmoment van 27 november 2026 wijzigen' });
    const notes = within(editor).getByLabelText('Wat is er besproken?');
    fireEvent.change(notes, { target: { value: 'Tweede keer, met Linda' } });
    fireEvent.blur(notes);
    const lookBack = within(editor).getByLabelText('Hoe gingen de afspraken van vorige keer?');
    fireEvent.change(lookBack, { target: { value: '' } });
    fireEvent.blur(lookBack);
    fireEvent.click(within(within(editor).getByRole('group', { name: 'Wie waren er?' })).getByLabelText('Linda'));
    const m2 = store.getState().doc.meetings.find((m) => m.id === 'm2');
    expect(m2).toMatchObject({ notes: 'Tweede keer, met Linda', present: ['linda'] });
    expect(m2 && 'lookBack' in m2).toBe(false);
    const form = screen.getByRole('form', { name: 'Contactmoment toevoegen' });
    expect(within(form).getByRole('region', { name: 'Terugblik op vorige keer' }).textContent).toContain('Tweede keer, met Linda');
    expect(undoSteps(store)).toBe(3);
  });

  it('has no look-back field when editing the first meeting', () => {
    mount('6');
    fireEvent.click(screen.getByRole('button', { name: 'Contactmoment van 20 november 2026 wijzigen' }));
    const editor = screen.getByRole('group', { name: 'Contactmoment van 20 november 2026 wijzigen' });
    expect(within(editor).queryByLabelText('Hoe gingen de afspraken van vorige keer?')).toBeNull();
  });
});

describe('step 5: the preview', () => {
  it('shows a banner while previewing, says what the person may not know, and stops on request', () => {
    const store = mount('5');
    expect(screen.queryByRole('region', { name: /^Voorbeeld/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Bekijk als ...'), { target: { value: 'henk' } });
    const banner = screen.getByRole('region', { name: 'Voorbeeld: zo ziet Buurman Henk het' });
    const lists = screen.getByRole('region', { name: 'Wat mag Buurman Henk weten?' });
    expect(within(lists).getByRole('list', { name: 'Buurman Henk mag dit niet weten:' }).textContent).toContain('Diagnose');
    fireEvent.click(within(banner).getByRole('button', { name: 'Stop voorbeeld' }));
    expect(store.getState().session.viewAsPersonId).toBeNull();
    expect(screen.queryByRole('region', { name: /^Voorbeeld/ })).toBeNull();
  });
});

describe('step 6: editor and keyboard', () => {
  it('moves focus into the editor on open, and Escape closes it with focus back on ✎', () => {
    mount('6');
    const button = screen.getByRole('button', { name: 'Afspraak A1 wijzigen' });
    fireEvent.click(button);
    const editor = screen.getByRole('group', { name: 'Afspraak A1 wijzigen' });
    expect(document.activeElement).toBe(editor);
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Afspraak A1 wijzigen' })).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});
