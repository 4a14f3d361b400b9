/**
 * The small panels of drawing live, over the canvas in screen space: the buttons to add a
 * relative next to a selected genogram person, the name field, the connect menu and the tie
 * editor. Each finished gesture is one command (one undo step) and selects what it made.
 */
import { useStore, useViewport, type Node } from '@xyflow/react';
import { LIMITS, type Person, type Point, type TieQuality, type TieRelation, type ViewName } from '../graph/schema';
import type { SpokenName } from '../graph/spokenName';
import { addPerson, addPersonAt, addRelation, addRelative, connectRelation, newPerson, relationProblem, updateRelation, type ConnectKind } from '../graph/commands';
import { TieFlowMenu } from './TieFlowMenu';
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
import { RelationEditor } from './RelationEditor';
import type { QuietRequest } from './Floating';
import { MINIMAP_FROM } from './nodeBox';
import { CORNERS, TOP_CORNERS } from './quietCorner';
import type { EditedRelations } from './editedRelations';

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
  /** The middle of the selected tie (flow coordinates): its editor docks in the corner away from it. */
  selectedTieAt: Point | null;
  pending: Pending;
  setPending(p: Pending): void;
  nameOf(id: string): string;
  /** Called with the id of a person just added, to bring them into view. */
  onAdded(id: string): void;
  /** A couple or child line being changed on the map (RelationEditor), if any. */
  edited: (EditedRelations & { asking: boolean }) | null;
  /** A partner or child was just added: ask the status or type of these relations. */
  onAsk(relationIds: string[], personId: string): void;
  onEditedDone(): void;
}

/** Tie qualities for which no direction of support is asked. */
const NO_SUPPORT: ReadonlySet<TieQuality> = new Set<TieQuality>(['conflict', 'cutoff']);

export function GestureLayer(props: GestureLayerProps) {
  const { view, selectedAt, selectedTie, selectedTieAt, pending, setPending, nameOf, onAdded, edited, onAsk, onEditedDone } = props;
  const store = useAppStoreApi();
  // Re-renders with the viewport, so the relative buttons stay with their person while panning.
  const { x, y, zoom } = useViewport();
  // Person nodes are placed by their centre (NODE_ORIGIN), so a node's position is its symbol's centre.
  const nodes = useStore((s) => s.nodes);
  const cancel = () => setPending(null);
  // The document refuses the 5,001st person; say so instead of silently doing nothing.
  const peopleFull = () => store.getState().doc.people.length >= LIMITS.people;
  const added = (id: string) => {
    setPending(null);
    setSelection(store, { kind: 'person', id });
    onAdded(id);
  };

  const choose = (kind: ConnectKind, quality?: TieQuality) => {
    if (pending?.kind !== 'connect') return;
    const made = connectRelation(kind, pending.a, pending.b, newId(ID_PREFIX.relation));
    const relation = made.kind === 'tie' && quality ? { ...made, quality } : made;
    const problem = relationProblem(store.getState().doc, relation);
    if (problem) {
      setPending({ ...pending, problem: describeRelationProblem(problem) });
      return;
    }
    store.getState().run(addRelation, relation);
    setSelection(store, { kind: 'relation', id: relation.id });
    // A contact asks its direction of support next, at the same place: drag, quality, direction.
    // A conflict or a broken contact carries no support, so it is not asked (the tie editor can
    // still set one).
    const asksFlow = relation.kind === 'tie' && !NO_SUPPORT.has(relation.quality);
    setPending(asksFlow ? { kind: 'tie-flow', tieId: relation.id, at: pending.at } : null);
  };
  const tieFlow = pending?.kind === 'tie-flow' ? store.getState().doc.relations.find((r) => r.id === pending.tieId) : undefined;

  const selectedScreen = selectedAt ? { x: selectedAt.at.x * zoom + x, y: selectedAt.at.y * zoom + y } : null;
  const toScreen = (p: Point) => ({ x: p.x * zoom + x, y: p.y * zoom + y });
  // For the docked editors: everyone's place on screen, read when an editor is placed.
  const quiet = (away: Point | null): QuietRequest => ({
    people: nodes.map((n) => toScreen(n.position)),
    away: away ? toScreen(away) : null,
    corners: nodes.length > MINIMAP_FROM ? TOP_CORNERS : CORNERS,
  });
  const editedAt = edited ? middleOf(editedPeople(edited), nodes) : null;

  return (
    <>
      {view === 'genogram' && selectedAt && selectedScreen && !pending && (
        <RelativeActions
          at={selectedScreen}
          onChoose={(relative) => setPending({ kind: 'relative', of: selectedAt.id, relative, at: selectedScreen })}
        />
      )}
      {selectedTie && !pending && (
        <TieEditor
          tie={selectedTie}
          title={canvasText.selectedTie(nameOf(selectedTie.from), nameOf(selectedTie.to))}
          quiet={quiet(selectedTieAt)}
        />
      )}
      {edited && !selectedTie && !pending && <RelationEditor edited={edited} nameOf={nameOf} asking={edited.asking} onDone={onEditedDone} quiet={quiet(editedAt)} />}
      {pending?.kind === 'new-person' && (
        <NameField
          label={canvasText.newPersonName}
          at={pending.at}
          hint={pending.hint}
          onSubmit={(spoken) => {
            if (peopleFull()) return setPending({ ...pending, hint: canvasText.peopleLimit(LIMITS.people) });
            const person = { ...newPerson(newId(ID_PREFIX.person), spoken.name, pending.sector, pending.closeness), ...said(spoken), ...(pending.focus ? { focus: true } : {}) };
            if (pending.spot && view === 'netwerkkaart') store.getState().run(addPersonAt, { person, at: pending.spot });
            else store.getState().run(addPerson, person);
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
            const after = store.getState().doc;
            if (after === before) return cancel();
            added(id);
            // Asked at once, one tap: the couple's status, the child's type (the default stays if
            // ignored); a second parent who became the first one's partner: that couple's status.
            const made = new Map(after.relations.map((r) => [r.id, r]));
            const asked = relationIds.filter((r) => made.has(r) && (pending.relative !== 'parent' || made.get(r)?.kind === 'partner'));
            if (asked.length > 0) onAsk(asked, id);
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
      {pending?.kind === 'tie-flow' && tieFlow?.kind === 'tie' && (
        <TieFlowMenu
          at={pending.at}
          title={`${nameOf(tieFlow.from)} → ${nameOf(tieFlow.to)}`}
          onChoose={(flow) => {
            store.getState().run(updateRelation, { id: tieFlow.id, patch: { flow } });
            setPending(null);
          }}
          onDone={cancel}
        />
      )}
    </>
  );
}

function editedPeople(edited: EditedRelations): string[] {
  return edited.kind === 'partner' ? [edited.relation.from, edited.relation.to] : [...edited.relations.map((r) => r.from), edited.relations[0]!.to];
}

/** The middle of where these people stand (flow units), or null if none of them is drawn. */
function middleOf(ids: readonly string[], nodes: readonly Node[]): Point | null {
  const wanted = new Set(ids);
  const at = nodes.filter((n) => wanted.has(n.id)).map((n) => n.position);
  if (at.length === 0) return null;
  return { x: at.reduce((s, p) => s + p.x, 0) / at.length, y: at.reduce((s, p) => s + p.y, 0) / at.length };
}
