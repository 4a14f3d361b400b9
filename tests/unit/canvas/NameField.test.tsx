// @vitest-environment jsdom
/** The canvas name field: a name half typed when the page is hidden or closed is added, not lost. */
import '../setup-dom';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NameField } from '../../../src/canvas/NameField';

afterEach(cleanup);

function mount() {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  render(<NameField label="Naam van de nieuwe persoon" at={{ x: 100, y: 100 }} onSubmit={onSubmit} onCancel={onCancel} />);
  const field = screen.getByRole('textbox', { name: 'Naam van de nieuwe persoon' });
  return { field, onSubmit, onCancel };
}

describe('NameField when the page goes away', () => {
  it('adds the name typed so far on pagehide, once', () => {
    const { field, onSubmit } = mount();
    fireEvent.change(field, { target: { value: '  Ngọc  ' } });
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Ngọc' });
  });

  it('adds it when the page is hidden, and adds nothing for an empty field', () => {
    const { field, onSubmit } = mount();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: 'Oma' } });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Oma', gender: 'female' });
  });

  it('sends what was said: name, years, and the gender from a word or a button', () => {
    const { field, onSubmit } = mount();
    fireEvent.change(field, { target: { value: 'Tante Karin 1971' } });
    expect(screen.getByRole('button', { name: 'Vrouw' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Man' }));
    fireEvent.submit(field.closest('form')!);
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Tante Karin', gender: 'male', birthYear: 1971 });
  });

  it('Alt+V chooses Vrouw, and again takes it back', () => {
    const { field, onSubmit } = mount();
    fireEvent.change(field, { target: { value: 'Kim' } });
    fireEvent.keyDown(field, { key: 'v', altKey: true });
    expect(screen.getByRole('button', { name: 'Vrouw' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(field, { key: 'v', altKey: true });
    fireEvent.submit(field.closest('form')!);
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Kim', gender: 'unknown' });
  });
});
