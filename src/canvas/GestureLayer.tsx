/**
 * The small panels of drawing live, over the canvas in screen space: the buttons to add a
 * relative next to a selected genogram person, the name field, the connect menu and the tie
 * editor. Each finished gesture is one command (one undo step) and selects what it made.
 */
import { useViewport } from '@xyflow/react';
import { LIMITS, type Person, type Point, type TieRelation, type ViewName } from '../graph/schema';
import type { SpokenName } from '../graph/spokenName';
import { addPerson, addRelation, addRelative, connectRelation, newPerson, relationProblem, type ConnectKind } from '../graph/commands';
import { ID_PREFIX, newId } from '../graph/ids';
import { canvasText } from '../i18n/canvas';
import { describeRelationProblem } from '../i18n/relationProblems';
import { useAppStoreApi } from '../state/react';
import { setSelection } from './changes';
import { ConnectMenu } from './ConnectMenu';
import { NameField } from './NameField';
import type { Pending } from './pending';
import { RelativeActions } from './RelativeActions';
import { TieEditor } from './TieEditor';

/** The person's fields the name field read (gender, years), without empty ones. */
function said({ gender, birthYear, deathYear, deceased }: SpokenName): Partial<Person> {
  return {
    ...(gender && gender !== 'unknown' ? { gender } : {}),
    ...(birthYear !== undefined ? { birthYear } : {}),
    ...(deathYear !== undefined ? { deathYear } : {}),
    ...(deceased ? { deceased } : {}),
  };
}

const relativeLabel = { partner: canvasText.partnerName, child: canvasText.childName, parent: canvasText.parentName };

export interface GestureLayerProps {
  view: ViewName;
  /** Where the selected person is drawn (flow coordinates), if a person is selected. */
  selectedAt: { id: string; at: Point } | null;
  selectedTie: TieRelation | null;
  pending: Pending;
  setPending(p: Pending): void;
  nameOf(id: string): string;
  /** Called with the id of a person just added, to bring them into view. */
  onAdded(id: string): void;
}

export function GestureLayer({ view, selectedAt, selectedTie, pending, setPending, nameOf, onAdded }: GestureLayerProps) {
  const store = useAppStoreApi();
  // Re-renders with the viewport, so the relative buttons stay with their person while panning.
  const { x, y, zoom } = useViewport();
  const cancel = () => setPending(null);
  // The document refuses the 5,001st person; say so instead of silently doing nothing.
  const peopleFull = () => store.getState().doc.people.length >= LIMITS.people;
  const added = (id: string) => {
    setPending(null);
    setSelection(store, { kind: 'person', id });
    onAdded(id);
  };

  const choose = (kind: ConnectKind) => {
    if (pending?.kind !== 'connect') return;
    const relation = connectRelation(kind, pending.a, pending.b, newId(ID_PREFIX.relation));
    const problem = relationProblem(store.getState().doc, relation);
    if (problem) {
      setPending({ ...pending, problem: describeRelationProblem(problem) });
      return;
    }
    store.getState().run(addRelation, relation);
    setPending(null);
    setSelection(store, { kind: 'relation', id: relation.id });
  };

  const selectedScreen = selectedAt ? { x: selectedAt.at.x * zoom + x, y: selectedAt.at.y * zoom + y } : null;

  return (
    <>
      {view === 'genogram' && selectedAt && selectedScreen && !pending && (
        <RelativeActions
          at={selectedScreen}
          onChoose={(relative) => setPending({ kind: 'relative', of: selectedAt.id, relative, at: selectedScreen })}
        />
      )}
      {selectedTie && !pending && (
        <TieEditor tie={selectedTie} title={canvasText.selectedTie(nameOf(selectedTie.from), nameOf(selectedTie.to))} />
      )}
      {pending?.kind === 'new-person' && (
        <NameField
          label={canvasText.newPersonName}
          at={pending.at}
          hint={pending.hint}
          onSubmit={(spoken) => {
            if (peopleFull()) return setPending({ ...pending, hint: canvasText.peopleLimit(LIMITS.people) });
            const person = { ...newPerson(newId(ID_PREFIX.person), spoken.name, pending.sector, pending.closeness), ...said(spoken), ...(pending.focus ? { focus: true } : {}) };
            store.getState().run(addPerson, person);
            added(person.id);
          }}
          onCancel={cancel}
        />
      )}
      {pending?.kind === 'relative' && (
        <NameField
          label={relativeLabel[pending.relative]}
          at={pending.at}
          anchor="above"
          hint={pending.hint}
          onSubmit={(spoken) => {
            if (peopleFull()) return setPending({ ...pending, hint: canvasText.peopleLimit(LIMITS.people) });
            const id = newId(ID_PREFIX.person);
            const relationIds = [newId(ID_PREFIX.relation), newId(ID_PREFIX.relation)];
            const before = store.getState().doc;
            store.getState().run(addRelative, { of: pending.of, kind: pending.relative, person: { id, name: spoken.name, gender: 'unknown', ...said(spoken) }, relationIds });
            if (store.getState().doc === before) return cancel();
            added(id);
          }}
          onCancel={cancel}
        />
      )}
      {pending?.kind === 'connect' && (
        <ConnectMenu
          at={pending.at}
          title={`${nameOf(pending.a)} → ${nameOf(pending.b)}`}
          problem={pending.problem}
          onChoose={choose}
          onCancel={cancel}
        />
      )}
    </>
  );
}
