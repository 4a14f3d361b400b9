// @vitest-environment jsdom
/**
 * A person without a name is called by one word everywhere: on the drawn map (label and title),
 * in the map's accessible name, in the side pane's list and in a step's select.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { personAccessibleName } from '../../../src/canvas/accessibleName';
import { drawMap } from '../../../src/draw/map';
import type { CaseDocument, Person } from '../../../src/graph/schema';
import { displayName, UNNAMED } from '../../../src/i18n/names';
import { StoreProvider } from '../../../src/state/react';
import { createAppStore } from '../../../src/state/store';
import { PeopleList } from '../../../src/ui/editor/RecordLists';
import { allNodes, texts } from '../draw/helpers';
import { mountSteps } from '../steps/mountSteps';
import { smallCase } from '../steps/fixture';

afterEach(cleanup);

const nameless: Person = { id: 'x', name: '  ', gender: 'female', sector: 'family', closeness: 2 };

function withNameless(): CaseDocument {
  const doc = smallCase();
  return { ...doc, people: [...doc.people, nameless] };
}

describe('a person without a name', () => {
  it('is one word, and a name is shown as it is', () => {
    expect(UNNAMED).toBe('(zonder naam)');
    expect(displayName(nameless)).toBe(UNNAMED);
    expect(displayName({ name: '' })).toBe(UNNAMED);
    expect(displayName(undefined)).toBe(UNNAMED);
    expect(displayName({ name: 'Oma Ans' })).toBe('Oma Ans');
  });

  it('is shown by that word on the map, in both views', () => {
    const doc = withNameless();
    const positions = new Map(doc.people.map((p, i) => [p.id, { x: i * 150, y: 0 }]));
    for (const view of ['genogram', 'netwerkkaart'] as const) {
      const { node } = drawMap({ doc, view, positions });
      const person = allNodes(node).find((n) => n.attrs?.['data-person-id'] === 'x')!;
      const names = allNodes(person).filter((n) => n.attrs?.['data-part'] === 'name').flatMap(texts);
      expect(names.join(' '), view).toBe(UNNAMED);
      const title = allNodes(person).find((n) => n.tag === 'title')!;
      expect(texts(title)).toEqual([UNNAMED]);
      expect(texts(node)).not.toContain('?');
    }
    expect(personAccessibleName(nameless).startsWith(`${UNNAMED}, `)).toBe(true);
  });

  it('is shown by that word in the side pane list', () => {
    const store = createAppStore(withNameless());
    render(
      <StoreProvider store={store}>
        <PeopleList />
      </StoreProvider>,
    );
    const list = screen.getByRole('list', { name: 'Lijst van personen' });
    expect(within(list).getByRole('button', { name: UNNAMED })).toBeTruthy();
  });

  it("is shown by that word in a step's select", () => {
    mountSteps(withNameless(), '3');
    const select = screen.getByLabelText('Persoon', { selector: 'select' }) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toContain(UNNAMED);
    expect(options).not.toContain('?');
  });
});
