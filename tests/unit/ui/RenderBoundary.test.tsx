// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RenderBoundary, reasonOf } from '../../../src/ui/RenderBoundary';
import { renderErrors } from '../../../src/i18n/errors';

function Boom({ fail }: { fail: boolean }) {
  if (fail) throw new Error('<b>kapot</b>');
  return <p>getekend</p>;
}

describe('RenderBoundary', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows what failed as text, keeps its siblings, and draws again when the key changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <div>
        <RenderBoundary message={renderErrors.map} resetKey={1}>
          <Boom fail />
        </RenderBoundary>
        <button type="button">Exporteren</button>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('De kaart kan niet worden getekend: <b>kapot</b>');
    expect(screen.getByRole('alert').querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: 'Exporteren' })).toBeTruthy();
    rerender(
      <div>
        <RenderBoundary message={renderErrors.map} resetKey={2}>
          <Boom fail={false} />
        </RenderBoundary>
      </div>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('getekend')).toBeTruthy();
  });

  it('tries again on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('even niet');
      return <p>weer goed</p>;
    }
    render(
      <RenderBoundary message={renderErrors.steps}>
        <Flaky />
      </RenderBoundary>,
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: renderErrors.retry }));
    expect(screen.getByText('weer goed')).toBeTruthy();
  });

  it('cuts a long reason and names an empty one', () => {
    expect(reasonOf(new Error('x'.repeat(5000))).length).toBeLessThanOrEqual(201);
    expect(reasonOf(undefined)).toBe(renderErrors.unknownReason);
    expect(reasonOf('tekst')).toBe('tekst');
  });
});
