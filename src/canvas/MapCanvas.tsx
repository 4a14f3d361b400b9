/**
 * The React Flow canvas of one view. It only mirrors the store: nodes and edges are derived
 * from the document (useFlowElements), every change goes back through changes.ts as a domain
 * command, and the only state kept here is transient (a drag preview, the gesture in progress).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import {
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import type { Closeness, Sector, ViewName } from '../graph/schema';
import { addPerson, addRelation } from '../graph/commands';
import type { EcogramGeometry, RingPlace } from '../layout/netwerkkaart';
import { placeAt } from '../layout/netwerkkaart';
import type { Positions } from '../layout/types';
import { canvasText, flowAriaLabels } from '../i18n/canvas';
import { closenessLabels, sectorLabels } from '../i18n/labels';
import { useAppStore, useAppStoreApi } from '../state/react';
import type { NodeOverlay } from '../state/overlay';
import { applyNodeIntent, interpretEdgeChanges, interpretNodeChanges, setSelection } from './changes';
import { ConnectMenu } from './ConnectMenu';
import { addRelative, connectProblem, connectRelation, newPerson, relativeSector, type ConnectKind } from './drawCommands';
import { EcogramLayer } from './EcogramLayer';
import { GenogramLayer } from './GenogramLayer';
import { LegendPanel } from './LegendPanel';
import { mapBounds } from './mapBounds';
import { NameField } from './NameField';
import { NODE_ORIGIN } from './nodeBox';
import type { Pending, ScreenPoint } from './pending';
import { PersonNode } from './PersonNode';
import { RelativeActions } from './RelativeActions';
import { TieEdge } from './TieEdge';
import { TieEditor } from './TieEditor';
import { useCanvasKeys } from './useCanvasKeys';
import { useFlowElements } from './useFlowElements';

const NO_EDGES: never[] = [];
/** Below this zoom the 12 px names shrink under ~8 px and cannot be read. */
const MIN_FIT_ZOOM = 0.7;

function FitIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}

const nodeTypes: NodeTypes = { person: PersonNode };
const edgeTypes: EdgeTypes = { tie: TieEdge };
/** Above this many people the minimap helps to find one's way. */
const MINIMAP_FROM = 40;

export interface MapCanvasProps {
  view: ViewName;
  auto: Positions;
  geometry: EcogramGeometry | null;
  overlays: ReadonlyMap<string, NodeOverlay>;
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

const relativeLabel = { partner: canvasText.partnerName, child: canvasText.childName, parent: canvasText.parentName };

export function MapCanvas(props: MapCanvasProps) {
  const { view, auto, geometry, overlays, pending, setPending, legendOpen, showTies, fitRequest, settled } = props;
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.session.selection);
  const rf = useReactFlow();
  const [preview, setPreview] = useState<Positions>({});
  const [connecting, setConnecting] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);

  const selectedPerson = selection?.kind === 'person' ? selection.id : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;
  const { nodes, edges: allEdges } = useFlowElements({ doc, view, auto, preview, overlays, selectedPerson, selectedRelation });
  const edges = showTies ? allEdges : NO_EDGES;

  /** Where everyone is drawn right now (manual, automatic, or mid-drag): the connectors follow it. */
  const current = useMemo(() => {
    const out: Positions = {};
    for (const n of nodes) out[n.id] = n.position;
    return out;
  }, [nodes]);

  const currentRef = useRef(current);
  currentRef.current = current;
  const flowStore = useStoreApi();
  const fitMap = useCallback(() => {
    const bounds = mapBounds(currentRef.current, geometry);
    if (bounds) void rf.fitBounds(bounds, { padding: 0.04 });
  }, [rf, geometry]);
  /** The automatic fit keeps names readable: below MIN_FIT_ZOOM it centres on the people instead. */
  const autoFit = useCallback(() => {
    const { width, height } = flowStore.getState();
    const all = mapBounds(currentRef.current, geometry);
    const people = mapBounds(currentRef.current, null);
    if (!all || !people) return;
    const zoomFor = (b: { width: number; height: number }) => Math.min(width / b.width, height / b.height) * 0.96;
    if (zoomFor(all) >= MIN_FIT_ZOOM) {
      void rf.fitBounds(all, { padding: 0.04 });
      return;
    }
    const zoom = Math.min(1, Math.max(MIN_FIT_ZOOM, zoomFor(people)));
    void rf.setCenter(people.x + people.width / 2, people.y + people.height / 2, { zoom });
  }, [rf, geometry, flowStore]);
  const fitted = useRef<string | null>(null);
  // fitBounds needs the pane's size, which React Flow measures after mounting.
  const sized = useFlowStore((s) => s.width > 0 && s.height > 0);
  useEffect(() => {
    if (!sized || fitRequest === null || fitRequest === fitted.current) return;
    fitted.current = fitRequest;
    // After React Flow has the new nodes in its store.
    const frame = requestAnimationFrame(autoFit);
    return () => cancelAnimationFrame(frame);
    // Only a new request fits; the geometry changing under the user's hands must not re-zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitRequest, sized]);

  // A person just added must be on screen: pan (not zoom) to them once the layout has placed them.
  const [reveal, setReveal] = useState<string | null>(null);
  useEffect(() => {
    const p = reveal ? current[reveal] : undefined;
    if (!p || !settled) return;
    setReveal(null);
    const { width, height } = flowStore.getState();
    const { x, y, zoom } = rf.getViewport();
    const sx = p.x * zoom + x;
    const sy = p.y * zoom + y;
    const margin = 90;
    if (sx < margin || sy < margin || sx > width - margin || sy > height - margin) {
      void rf.setCenter(p.x, p.y, { zoom, duration: 200 });
    }
  }, [reveal, current, settled, flowStore, rf]);

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
      if (Object.keys(intent.preview).length > 0) setPreview((p) => ({ ...p, ...intent.preview }));
      const placeOf = geometry ? (p: { x: number; y: number }) => placeAt(geometry, p) : undefined;
      if (applyNodeIntent(store, view, intent, placeOf)) {
        setPreview((p) => {
          const next = { ...p };
          for (const id of Object.keys(intent.commit)) delete next[id];
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
      const to = current[c.target];
      setPending({ kind: 'connect', a: c.source, b: c.target, at: to ? toScreen(to) : { x: 40, y: 40 }, problem: null });
    },
    [current, toScreen, setPending],
  );

  const choose = useCallback(
    (kind: ConnectKind) => {
      if (pending?.kind !== 'connect') return;
      const relation = connectRelation(kind, pending.a, pending.b);
      const problem = connectProblem(store.getState().doc, relation);
      if (problem) {
        setPending({ ...pending, problem });
        return;
      }
      store.getState().run(addRelation, relation);
      setPending(null);
      setSelection(store, { kind: 'relation', id: relation.id });
    },
    [pending, setPending, store],
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
        const hint = canvasText.newPersonIn(sectorLabels[place.sector], closenessLabels[place.closeness].toLowerCase());
        setPending({ kind: 'new-person', at, sector: place.sector, closeness: place.closeness, focus: false, hint });
      } else if (geometry.centreId === null && Math.hypot(flow.x - geometry.centre.x, flow.y - geometry.centre.y) < geometry.centreRadius) {
        setPending({ kind: 'new-person', at, sector: 'household', closeness: 1, focus: true });
      }
    },
    [pending, setPending, store, view, geometry, rf],
  );

  const addNew = useCallback(
    (name: string, sector: Sector, closeness: Closeness, focus: boolean) => {
      const person = { ...newPerson(name, sector, closeness), ...(focus ? { focus: true } : {}) };
      store.getState().run(addPerson, person);
      setPending(null);
      setSelection(store, { kind: 'person', id: person.id });
      setReveal(person.id);
    },
    [store, setPending],
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
    return r?.kind === 'tie' && current[r.from] && current[r.to] ? r : null;
  }, [doc.relations, selectedRelation, current]);
  const nameOf = (id: string) => doc.people.find((p) => p.id === id)?.name || canvasText.unnamed;

  return (
    <div
      ref={wrapper}
      className={`nk-canvas nk-canvas--${view}${connecting ? ' is-connecting' : ''}`}
      onKeyDown={onKeyDown}
    >
      <ReactFlow
        nodes={nodes}
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
        connectionMode={ConnectionMode.Loose}
        connectionRadius={28}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        nodeDragThreshold={3}
        minZoom={0.05}
        maxZoom={3}
        ariaLabelConfig={flowAriaLabels}
        aria-label={view === 'genogram' ? canvasText.tabGenogram : canvasText.tabNetwerkkaart}
      >
        {view === 'genogram' ? <GenogramLayer positions={current} /> : geometry && <EcogramLayer geometry={geometry} highlight={highlight} />}
        <Controls showInteractive={false} showFitView={false} position="bottom-right">
          <ControlButton onClick={fitMap} aria-label={canvasText.fitToScreen} title={canvasText.fitToScreen}>
            <FitIcon />
          </ControlButton>
        </Controls>
        {nodes.length > MINIMAP_FROM && <MiniMap pannable zoomable position="bottom-left" ariaLabel={flowAriaLabels['minimap.ariaLabel']} />}
        {legendOpen && <LegendPanel view={view} />}
      </ReactFlow>
      {view === 'genogram' && selectedPerson && !pending && current[selectedPerson] && (
        <RelativeActions
          at={toScreen(current[selectedPerson]!)}
          onChoose={(relative) =>
            setPending({ kind: 'relative', of: selectedPerson, relative, at: toScreen(current[selectedPerson]!) })
          }
        />
      )}
      {selectedTie && !pending && (
        <TieEditor
          tie={selectedTie}
          title={canvasText.selectedTie(nameOf(selectedTie.from), nameOf(selectedTie.to))}
        />
      )}
      {pending?.kind === 'new-person' && (
        <NameField
          label={canvasText.newPersonName}
          at={pending.at}
          hint={pending.hint}
          onSubmit={(name) => addNew(name, pending.sector, pending.closeness, pending.focus)}
          onCancel={cancel}
        />
      )}
      {pending?.kind === 'relative' && (
        <NameField
          label={relativeLabel[pending.relative]}
          at={pending.at}
          anchor="above"
          onSubmit={(name) => {
            const anchor = store.getState().doc.people.find((p) => p.id === pending.of);
            if (!anchor) return cancel();
            const person = newPerson(name, relativeSector(anchor), anchor.closeness);
            store.getState().run(addRelative, { of: pending.of, kind: pending.relative, person });
            setPending(null);
            setSelection(store, { kind: 'person', id: person.id });
            setReveal(person.id);
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
    </div>
  );
}
