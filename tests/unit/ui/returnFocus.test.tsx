// @vitest-environment jsdom
/**
 * A dialog that is unmounted, not closed, gives the focus back to its opener after it is gone,
 * however it went: its own button, an action that closes it, Escape. A focus() while the dialog
 * was still there was refused by the browser (a modal dialog makes the rest inert), which jsdom
 * does not model, so here the point checked is the order: the opener is focused after the dialog left.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useReturnFocus } from '../../../src/ui/returnFocus';

function Opener() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, button);
  return (
    <>
      <button ref={button} type="button" onClick={() => setOpen(true)}>
        Openen
      </button>
      <button type="button">Elders</button>
      {open && (
        <div role="dialog" aria-label="Venster">
          <button type="button" autoFocus onClick={() => setOpen(false)}>
            Sluiten
          </button>
        </div>
      )}
    </>
  );
}

afterEach(cleanup);

describe('useReturnFocus', () => {
  it('focuses the opener once the dialog has been removed, not before and not without a dialog', () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Openen' });
    // Mounting with the dialog closed moves no focus.
    expect(document.activeElement).toBe(document.body);
    fireEvent.click(opener);
    const close = screen.getByRole('button', { name: 'Sluiten' });
    act(() => close.focus());
    let dialogGoneWhenFocused: boolean | null = null;
    opener.addEventListener('focus', () => (dialogGoneWhenFocused = screen.queryByRole('dialog') === null));
    fireEvent.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(dialogGoneWhenFocused).toBe(true);
    // A re-render with the dialog still closed leaves the focus where the user put it.
    act(() => screen.getByRole('button', { name: 'Elders' }).focus());
    fireEvent.click(screen.getByRole('button', { name: 'Elders' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elders' }));
  });
});
