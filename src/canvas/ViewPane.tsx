/** One view of the map: its toolbar and its canvas, sharing the gesture in progress and one React Flow store. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ViewName } from '../graph/schema';
import { clearLayout } from '../graph/commands';
import { netwerkkaartView } from '../layout/netwerkkaartView';
import { visibleTo } from '../graph/queries';
import type { OverlaysOf } from '../state/overlay';
import { useAppStore, useAppStoreApi } from '../state/react';
import { withFallbackPositions } from '../layout/fallbackPosition';
import { MapCanvas } from './MapCanvas';
import { MapToolbar } from './MapToolbar';
import type { Pending } from './pending';
import type { GenogramLayoutState } from './useGenogramLayout';
import { genogramMembership } from '../layout/family';
import { GenogramNotice } from './GenogramNotice';

export interface ViewPaneProps {
  view: ViewName;
  genogram: GenogramLayoutState & { upToDate: boolean };
  overlaysOf: OverlaysOf;
}

const NO_HIDDEN: ReadonlySet<string> = new Set();

export function ViewPane(props: ViewPaneProps) {
  return (
    <ReactFlowProvider>
      <ViewPaneInner {...props} />
    </ReactFlowProvider>
  );
}

function ViewPaneInner({ view, genogram, overlaysOf }: ViewPaneProps) {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const step = useAppStore((s) => s.session.step);
  const topicId = useAppStore((s) => s.session.topicId);
  const viewAsPersonId = useAppStore((s) => s.session.viewAsPersonId);
  const perspective = useAppStore((s) => s.session.perspective);
  const [pending, setPending] = useState<Pending>(null);
  const [legendOpen, setLegendOpen] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);

  const overlays = useMemo(
    () => overlaysOf(doc, { step, topicId, viewAsPersonId, perspective }),
    [overlaysOf, doc, step, topicId, viewAsPersonId, perspective],
  );

  // "Bekijk als" (step 5): the contacts that person may not see are not drawn either, so the map
  // and the pane say the same (the rule is visibleTo's).
  const hiddenTies = useMemo(() => {
    const seen = step === '5' && viewAsPersonId ? visibleTo(doc, viewAsPersonId) : null;
    if (!seen) return NO_HIDDEN;
    const kept = new Set(seen.doc.relations.map((r) => r.id));
    return new Set(doc.relations.filter((r) => !kept.has(r.id)).map((r) => r.id));
  }, [doc, step, viewAsPersonId]);

  const ecogram = useMemo(() => (view === 'netwerkkaart' ? netwerkkaartView(doc) : null), [view, doc.people, doc.layout]);

  const membership = useMemo(
    () => (view === 'genogram' ? genogramMembership(doc) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, doc.people, doc.relations],
  );
  const auto = useMemo(() => {
    if (ecogram || !membership) return ecogram?.positions ?? new Map();
    // While the worker is busy, new family members stand next to their relative at once.
    return withFallbackPositions(doc, membership.members, genogram.positions);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ecogram, membership, genogram.positions]);

  // Fit the map to the screen once per case, when its first real layout is there, and after
  // "Automatisch schikken".
  const ready = view === 'netwerkkaart' || genogram.upToDate;
  const hasPeople = auto.size > 0;
  const [relayouts, setRelayouts] = useState(0);
  // The empty netwerkkaart is fitted too: the circle is where one starts.
  const fitRequest = ready && (hasPeople || view === 'netwerkkaart') ? `${doc.case.id}|${relayouts}` : null;
  const [showTies, setShowTies] = useState(false);

  // The only action that moves everyone says so (and undo brings the old arrangement back).
  const [rearranged, setRearranged] = useState(false);
  useEffect(() => {
    if (!rearranged) return;
    const timer = setTimeout(() => setRearranged(false), 5000);
    return () => clearTimeout(timer);
  }, [rearranged]);
  const onAutoLayout = useCallback(() => {
    store.getState().run(clearLayout, { view });
    setRelayouts((n) => n + 1);
    setRearranged(true);
  }, [store, view]);

  const onAddPerson = useCallback(() => {
    const hasFocus = store.getState().doc.people.some((p) => p.focus);
    const box = canvas.current?.getBoundingClientRect();
    const at = { x: (box?.width ?? 400) / 2 - 100, y: 24 };
    setPending(
      hasFocus
        ? { kind: 'new-person', at, sector: 'family', closeness: 2, focus: false }
        : { kind: 'new-person', at, sector: 'household', closeness: 1, focus: true },
    );
  }, [store]);

  return (
    <>
      <MapToolbar
        onAddPerson={onAddPerson}
        onAutoLayout={onAutoLayout}
        legendOpen={legendOpen}
        onToggleLegend={() => setLegendOpen((v) => !v)}
        busy={view === 'genogram' && genogram.busy}
        rearranged={rearranged}
        ties={view === 'genogram' ? { shown: showTies, onToggle: () => setShowTies((v) => !v) } : undefined}
      />
      {membership && <GenogramNotice outside={membership.outside.length} error={genogram.error} />}
      <MapCanvas
        canvasRef={canvas}
        view={view}
        auto={auto}
        geometry={ecogram?.geometry ?? null}
        overlays={overlays}
        hiddenTies={hiddenTies}
        pending={pending}
        setPending={setPending}
        legendOpen={legendOpen}
        showTies={view === 'netwerkkaart' || showTies}
        fitRequest={fitRequest}
        settled={view === 'netwerkkaart' || genogram.upToDate}
      />
    </>
  );
}
