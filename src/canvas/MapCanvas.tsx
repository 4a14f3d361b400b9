/**
 * The React Flow canvas of one view. It only mirrors the store: nodes and edges are derived
 * from the document (useFlowElements), every change goes back through changes.ts as a domain
 * command, and the only state kept here is transient (a drag preview, the gesture in progress).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import {
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import type { ViewName } from '../graph/schema';
import type { EcogramGeometry, RingPlace } from '../layout/netwerkkaart';
import { placeAt } from '../layout/netwerkkaart';
import { spotForNewPerson } from '../layout/newPersonSpot';
import type { Positions } from '../layout/types';
import { canvasText, flowAriaLabels } from '../i18n/canvas';
import { closenessLabels, sectorLabels } from '../i18n/labels';
import { useAppStore, useAppStoreApi } from '../state/react';
import type { NodeOverlay } from '../state/overlay';
import { applyNodeIntent, interpretEdgeChanges, interpretNodeChanges, setSelection } from './changes';
import { EcogramLayer } from './EcogramLayer';
import { GenogramLayer } from './GenogramLayer';
import { GestureLayer } from './GestureLayer';
import type { LineTarget } from '../layout/lineTargets';
import { editedRelationsOf, type LineChoice } from './editedRelations';
import { LegendPanel } from './LegendPanel';
import { MINIMAP_FROM, NODE_ORIGIN } from './nodeBox';
import type { Pending, ScreenPoint } from './pending';
import { PersonNodeShell } from './PersonNodeShell';
import { useProgressiveNodes } from './progressive';
import { TieEdge } from './TieEdge';
import { useCanvasKeys } from './useCanvasKeys';
import { useFlowElements } from './useFlowElements';
import { useMapViewport, type ViewEnd } from './useMapViewport';
import { useZoomVariable } from './useZoomVariable';
import { useKeepInView } from './useKeepInView';
import { useFocusNew } from './useFocusNew';
import { useGlide } from './useGlide';
import { manualPositions } from '../layout/placement';
import { displayName } from '../i18n/names';

const NO_EDGES: never[] = [];
const NO_POSITIONS: Positions = new Map();

function FitIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}

const nodeTypes: NodeTypes = { person: PersonNodeShell };
const edgeTypes: EdgeTypes = { tie: TieEdge };

export interface MapCanvasProps {
  /** The canvas element, for the view's toolbar (where to open the new-person field). */
  canvasRef: RefObject<HTMLDivElement | null>;
  view: ViewName;
  auto: Positions;
  geometry: EcogramGeometry | null;
  overlays: ReadonlyMap<string, NodeOverlay>;
  /** Ties not drawn (those a "bekijk als" viewer may not see). */
  hiddenTies: ReadonlySet<string>;
  pending: Pending;
  setPending(p: Pending): void;
  legendOpen: boolean;
  /** Show ecogram ties (always on the netwerkkaart; an optional layer in the genogram). */
  showTies: boolean;
  /** Fit the map to the screen whenever this changes (null: not ready yet). */
  fitRequest: string | null;
  /** False while the genogram worker has not placed the latest people yet. */
  settled: boolean;
}

export function MapCanvas(props: MapCanvasProps) {
  const { canvasRef: wrapper, view, auto, geometry, overlays, hiddenTies, pending, setPending, legendOpen, showTies, fitRequest, settled } = props;
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.session.selection);
  const rf = useReactFlow();
  const [preview, setPreview] = useState<Positions>(NO_POSITIONS);
  const [connecting, setConnecting] = useState(false);
  // The genogram line last chosen on the map, or the relation just made by "Partner/Kind toevoegen".
  const [lineChoice, setLineChoice] = useState<LineChoice | null>(null);

  const selectedPerson = selection?.kind === 'person' ? selection.id : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;
  // The genogram glides to a new layout around the person the family looks at; not on the first
  // layout of a case (the view is fitted to it then).
  const laidOutCase = useRef<string | null>(null);
  const glideOn = view === 'genogram' && laidOutCase.current === doc.case.id;
  useEffect(() => {
    if (view === 'genogram' && settled && auto.size > 0) laidOutCase.current = doc.case.id;
  });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const manual = useMemo(() => manualPositions(doc, 'genogram'), [doc.layout]);
  const anchor = selectedPerson ?? doc.people.find((p) => p.focus)?.id ?? null;
  // Set below, once the viewport hook exists: after a new layout the view takes everyone in.
  const viewport = useRef<{ zoomTo(t: Positions, held: { x: number; y: number }, screen: { x: number; y: number }): ViewEnd; jumped(): void }>({
    zoomTo: (_t, _held, screen) => ({ zoom: rf.getViewport().zoom, screen }),
    jumped: () => {},
  });
  const glided = useGlide(auto, {
    enabled: glideOn,
    anchor,
    placedByHand: (id) => manual.has(id),
    zoomTo: (t, held, screen) => viewport.current.zoomTo(t, held, screen),
    onJump: () => viewport.current.jumped(),
  });
  const { nodes, edges: allEdges } = useFlowElements({ doc, view, auto: glided, preview, overlays, hiddenTies, selectedPerson, selectedRelation });
  // A freshly loaded case is mounted a slice per task (progressive.ts). The viewport uses
  // everyone's positions from the start; the connectors are drawn once, when all are in.
  const { shown: shownNodes, complete } = useProgressiveNodes(nodes);
  const edges = useMemo(() => {
    if (!showTies) return NO_EDGES;
    if (complete) return allEdges;
    const ids = new Set(shownNodes.map((n) => n.id));
    return allEdges.filter((e) => ids.has(e.source) && ids.has(e.target));
  }, [showTies, complete, allEdges, shownNodes]);

  /** Where everyone is drawn right now (manual, automatic, or mid-drag): the connectors follow it. */
  const current = useMemo(() => {
    const out = new Map<string, { x: number; y: number }>();
    for (const n of nodes) out.set(n.id, n.position);
    return out as Positions;
  }, [nodes]);

  const currentRef = useRef(current);
  currentRef.current = current;
  const { fitMap, reveal, takeInAll, zoomAfterLayout, onMoveStart, zoomedByHand } = useMapViewport(current, geometry, fitRequest, settled);
  viewport.current = { zoomTo: zoomAfterLayout, jumped: () => requestAnimationFrame(() => takeInAll(anchor)) };
  const focusNew = useFocusNew(wrapper, shownNodes);
  useZoomVariable(wrapper);
  useKeepInView(selectedPerson, reveal, view === 'genogram');
  const onAdded = useCallback(
    (id: string) => {
      reveal(id);
      focusNew(id);
    },
    [reveal, focusNew],
  );

  const toScreen = useCallback(
    (p: { x: number; y: number }): ScreenPoint => {
      const { x, y, zoom } = rf.getViewport();
      return { x: p.x * zoom + x, y: p.y * zoom + y };
    },
    [rf],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const intent = interpretNodeChanges(changes, store.getState().session.selection);
      if (intent.preview.size > 0) setPreview((p) => new Map([...p, ...intent.preview]));
      const placeOf = geometry ? (p: { x: number; y: number }) => placeAt(geometry, p) : undefined;
      if (applyNodeIntent(store, view, intent, placeOf)) {
        setPreview((p) => {
          const next = new Map(p);
          for (const id of intent.commit.keys()) next.delete(id);
          return next;
        });
      }
    },
    [store, view, geometry],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selection = interpretEdgeChanges(changes, store.getState().session.selection);
      if (selection !== undefined) setSelection(store, selection);
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.source || !c.target || c.source === c.target) return;
      const to = currentRef.current.get(c.target);
      setPending({ kind: 'connect', a: c.source, b: c.target, at: to ? toScreen(to) : { x: 40, y: 40 }, problem: null });
    },
    [toScreen, setPending],
  );

  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      if (pending) {
        setPending(null);
        if (view !== 'netwerkkaart') return;
      }
      setSelection(store, null);
      if (view !== 'netwerkkaart' || !geometry) return;
      const flow = rf.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const box = wrapper.current?.getBoundingClientRect();
      const at = { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
      const place = placeAt(geometry, flow);
      if (place) {
        const doc = store.getState().doc;
        // Where one clicked, or the nearest free spot in that cell; a full cell is said at once.
        const spot = doc.people.length > 0 ? spotForNewPerson(doc, place.sector, place.closeness, flow) : null;
        const cell = canvasText.newPersonIn(sectorLabels[place.sector], closenessLabels[place.closeness].toLowerCase());
        const hint = spot?.crowded ? `${cell}. ${canvasText.cellFull}` : cell;
        setPending({ kind: 'new-person', at, sector: place.sector, closeness: place.closeness, focus: false, hint, ...(spot ? { spot: spot.at } : {}) });
      } else if (geometry.centreId === null && Math.hypot(flow.x - geometry.centre.x, flow.y - geometry.centre.y) < geometry.centreRadius) {
        setPending({ kind: 'new-person', at, sector: 'household', closeness: 1, focus: true });
      }
    },
    [pending, setPending, store, view, geometry, rf],
  );

  // The cell under the pointer is shaded, so one sees where a click will put the new person.
  const [hoverCell, setHoverCell] = useState<RingPlace | null>(null);
  const onPaneMouseMove = useCallback(
    (event: ReactMouseEvent) => {
      if (!geometry) return;
      const place = placeAt(geometry, rf.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      setHoverCell((old) =>
        old?.sector === place?.sector && old?.closeness === place?.closeness ? old : place,
      );
    },
    [geometry, rf],
  );
  const highlight: RingPlace | null =
    pending?.kind === 'new-person' && !pending.focus ? { sector: pending.sector, closeness: pending.closeness } : hoverCell;

  const cancel = useCallback(() => setPending(null), [setPending]);
  const onKeyDown = useCanvasKeys(store, pending !== null, cancel);

  const selectedTie = useMemo(() => {
    const r = selectedRelation ? doc.relations.find((x) => x.id === selectedRelation) : undefined;
    return r?.kind === 'tie' && current.has(r.from) && current.has(r.to) ? r : null;
  }, [doc.relations, selectedRelation, current]);
  const onChooseLine = useCallback(
    (t: LineTarget) => {
      setPending(null);
      setSelection(store, { kind: 'relation', id: t.relationIds[0] });
      setLineChoice({ relationIds: t.relationIds, asking: false });
    },
    [store, setPending],
  );
  const edited = view === 'genogram' ? editedRelationsOf(doc, selection, lineChoice) : null;
  const selectedLines = useMemo(() => new Set(selectedRelation ? [selectedRelation] : []), [selectedRelation]);
  const nameOf = (id: string) => displayName(doc.people.find((p) => p.id === id));

  return (
    <div
      ref={wrapper}
      className={`nk-canvas nk-canvas--${view}${connecting ? ' is-connecting' : ''}`}
      onKeyDown={onKeyDown}
    >
      <ReactFlow
        nodes={shownNodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={() => setConnecting(true)}
        onConnectEnd={() => setConnecting(false)}
        onPaneClick={onPaneClick}
        onPaneMouseMove={view === 'netwerkkaart' ? onPaneMouseMove : undefined}
        onPaneMouseLeave={() => setHoverCell(null)}
        onMoveStart={onMoveStart}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={28}
        // Tapping one person's knob and then another's made a relation by accident on a tablet (a
        // tap near a person often lands on its knob): connecting is only by dragging from the knob.
        connectOnClick={false}
        deleteKeyCode={null}
        // Tab goes through the people only; ties are reached by pointer or in the side pane's list.
        edgesFocusable={false}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        nodeDragThreshold={3}
        minZoom={0.05}
        maxZoom={3}
        ariaLabelConfig={flowAriaLabels}
        aria-label={view === 'genogram' ? canvasText.tabGenogram : canvasText.tabNetwerkkaart}
      >
        {view === 'genogram' ? <GenogramLayer positions={complete ? current : NO_POSITIONS} selected={selectedLines} onChooseLine={onChooseLine} /> : geometry && <EcogramLayer geometry={geometry} people={current} highlight={highlight} />}
        <Controls showInteractive={false} showFitView={false} position="bottom-right" onZoomIn={zoomedByHand} onZoomOut={zoomedByHand}>
          <ControlButton onClick={fitMap} aria-label={canvasText.fitToScreen} title={canvasText.fitToScreen}>
            <FitIcon />
          </ControlButton>
        </Controls>
        {nodes.length > MINIMAP_FROM && <MiniMap pannable zoomable position="bottom-left" ariaLabel={flowAriaLabels['minimap.ariaLabel']} />}
        {legendOpen && <LegendPanel view={view} ties={showTies} marks={nodes.map((n) => n.data.overlay)} />}
      </ReactFlow>
      {doc.people.length === 0 && !pending && (
        <p className={`nk-empty-hint nk-empty-hint--${view}`}>{view === 'genogram' ? canvasText.emptyGenogram : canvasText.emptyNetwerkkaart}</p>
      )}
      <GestureLayer
        view={view}
        selectedAt={selectedAtOf(selectedPerson, current)}
        selectedTie={selectedTie}
        selectedTieAt={selectedTie ? midpoint(current.get(selectedTie.from)!, current.get(selectedTie.to)!) : null}
        pending={pending}
        setPending={setPending}
        nameOf={nameOf}
        onAdded={onAdded}
        edited={edited}
        onAsk={(relationIds, personId) => setLineChoice({ relationIds, asking: true, personId })}
        onEditedDone={() => setLineChoice(null)}
      />
    </div>
  );
}

function selectedAtOf(id: string | null, current: Positions): { id: string; at: { x: number; y: number } } | null {
  const at = id === null ? undefined : current.get(id);
  return id !== null && at ? { id, at } : null;
}

function midpoint(a: { x: number; y: number }, b: { x: number; y: number }): { x: number; y: number } {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
