// @vitest-environment jsdom
import { createSaveStatusStore } from '../../../src/ui/saveStatus';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/graph/create';
import { LIMITS, type Person } from '../../../src/graph/schema';
import { StoreProvider } from '../../../src/state/react';
import { createAppStore } from '../../../src/state/store';
import { AddPersonForm } from '../../../src/ui/editor/AddPersonForm';
import { createNoticeStore } from '../../../src/ui/notices';
import { WorkspaceProvider, type Workspace } from '../../../src/ui/workspace';

afterEach(cleanup);

describe('the people limit', () => {
  it('says the limit is reached instead of silently not adding the 5,001st person', () => {
    const people: Person[] = Array.from({ length: LIMITS.people }, (_, i) => ({ id: `p${i}`, name: `P ${i}`, gender: 'unknown', sector: 'friends', closeness: 2 }));
    const doc = { ...createCase({ id: 'c1', title: 'Vol', now: new Date('2026-11-28T10:00:00Z') }), people };
    const store = createAppStore(doc, () => new Date('2026-11-28T10:00:00Z'));
    const ws: Workspace = { store, db: null, notices: createNoticeStore(), autosave: null, ownership: null, unstored: new Set(), saveStatus: createSaveStatusStore(), now: () => new Date() };
    render(
      <WorkspaceProvider workspace={ws}>
        <StoreProvider store={store}>
          <AddPersonForm />
        </StoreProvider>
      </WorkspaceProvider>,
    );
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Nummer 5001' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Persoon toevoegen' }));
    expect(screen.getByText(/een casus heeft ten hoogste 5000 personen/)).toBeTruthy();
    expect(store.getState().doc.people).toHaveLength(LIMITS.people);
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Nummer 5001');
  });
});
