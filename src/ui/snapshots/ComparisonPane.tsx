/**
 * Instead of the live map: one snapshot read-only, or two moments compared — "Toen", "Nu" or
 * "Verschil" (the difference map, the default: marked maps give fewer errors than two maps side
 * by side), in either view, with the change list and the trend beside it. Nothing here can
 * change the document except choosing what to compare.
 */
import { useMemo, useState } from 'react';
import { changeFacts, familySummary } from '../../graph/diff';
import { momentsVisibleTo } from '../../graph/queries';
import { displayName } from '../../i18n/names';
import { VIEWS, type CaseDocument, type ViewName } from '../../graph/schema';
import { drawDiffMap } from '../../draw/diffMap';
import { drawMap, type MapDrawing } from '../../draw/map';
import { comparisonLayout } from '../../layout/comparison';
import { transitionMoment, transitionPositions } from '../../layout/transition';
import { snapshotDocument, type MomentMap } from '../../layout/moment';
import { canvasText } from '../../i18n/canvas';
import { snapshotText as t } from '../../i18n/snapshots';
import { useAppStore, useAppStoreApi } from '../../state/react';
import type { MomentView } from '../../state/session';
import { ChangeList } from './ChangeList';
import { MomentSvg } from './MomentSvg';
import { momentLabel } from './momentLabel';
import { TransitionControls } from './TransitionControls';
import { TrendView } from './TrendView';
import { useMomentPositions } from './useMomentPositions';

type Mode = 'then' | 'now' | 'diff' | 'play';
const viewLabel: Record<ViewName, string> = { genogram: canvasText.tabGenogram, netwerkkaart: canvasText.tabNetwerkkaart };

export function ComparisonPane({ moment }: { moment: MomentView }) {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const view = useAppStore((s) => s.session.view);
  const close = () => store.getState().setSession({ moment: null });
  const setView = (v: ViewName) => store.getState().setSession({ view: v });
  const find = (id: string) => doc.snapshots.find((s) => s.id === id);

  const from = moment.kind === 'view' ? find(moment.snapshotId) : find(moment.from);
  const to = moment.kind === 'compare' && moment.to !== 'now' ? find(moment.to) : undefined;
  if (!from || (moment.kind === 'compare' && moment.to !== 'now' && !to)) {
    return (
      <div className="snap-pane">
        <p role="alert">{t.missingSnapshot}</p>
        <button type="button" onClick={close}>
          {t.backToMap}
        </button>
      </div>
    );
  }
  const title = moment.kind === 'view' ? t.viewingTitle(from.label, momentLabel([from], from.id)) : t.comparingTitle(momentLabel(doc.snapshots, moment.from), momentLabel(doc.snapshots, moment.to));
  return (
    <div className="snap-pane" role="region" aria-label={t.paneLabel}>
      <div className="snap-pane__head">
        <h2>{title}</h2>
        <button type="button" onClick={close}>
          {t.backToMap}
        </button>
      </div>
      <div className="snap-pane__controls">
        {moment.kind === 'compare' && <MomentPicker moment={moment} />}
        <Choice legend={t.viewLabel} options={VIEWS.map((v) => [v, viewLabel[v]] as const)} value={view} onChange={setView} />
      </div>
      {moment.kind === 'view' ? <SnapshotMap doc={snapshotDocument(from)} view={view} /> : <Comparison key={`${moment.from}:${moment.to}`} then={from} now={to} live={doc} view={view} />}
    </div>
  );
}

function Choice<T extends string>({ legend, options, value, onChange }: { legend: string; options: readonly (readonly [T, string])[]; value: T; onChange(v: T): void }) {
  return (
    <fieldset className="snap-choice">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input type="radio" checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

function MomentPicker({ moment }: { moment: Extract<MomentView, { kind: 'compare' }> }) {
  const store = useAppStoreApi();
  const snapshots = useAppStore((s) => s.doc.snapshots);
  const set = (patch: Partial<typeof moment>) => store.getState().setSession({ moment: { ...moment, ...patch } });
  const same = moment.from === moment.to;
  const options = snapshots.map((s) => (
    <option key={s.id} value={s.id}>
      {momentLabel(snapshots, s.id)}
    </option>
  ));
  return (
    <div className="snap-picker">
      <label>
        {t.compareFrom}{' '}
        <select value={moment.from} onChange={(e) => set({ from: e.target.value })}>
          {options}
        </select>
      </label>
      <label>
        {t.compareTo}{' '}
        <select value={moment.to} onChange={(e) => set({ to: e.target.value })}>
          <option value="now">{t.now}</option>
          {options}
        </select>
      </label>
      {same && <p className="snap-hint">{t.sameMoment}</p>}
    </div>
  );
}

function SnapshotMap({ doc, view }: { doc: CaseDocument; view: ViewName }) {
  const docs = useMemo(() => [doc], [doc]);
  const positions = useMomentPositions(docs, view);
  const drawing = useMemo(() => (positions.state === 'ready' ? drawMap({ doc, view, ...positions.maps[0]! }) : null), [doc, view, positions]);
  return (
    <div className="snap-body">
      <MapArea drawing={drawing} state={positions.state} label={t.mapTitle(doc.case.title)} total={doc.people.length} />
    </div>
  );
}

/**
 * With "Bekijk als" on in step 5, the comparison is that person's: both moments go through
 * momentsVisibleTo before they are diffed, as in their version of the PDF.
 */
function useMoments(then: Parameters<typeof snapshotDocument>[0], now: Parameters<typeof snapshotDocument>[0] | undefined, live: CaseDocument) {
  const step = useAppStore((s) => s.session.step);
  const viewAs = useAppStore((s) => s.session.viewAsPersonId);
  const viewerId = step === '5' ? viewAs : null;
  return useMemo(() => {
    const before = snapshotDocument(then);
    const after = now ? snapshotDocument(now) : live;
    const viewer = viewerId ? live.people.find((p) => p.id === viewerId) : undefined;
    if (!viewer) return { before, after, viewer: null, missing: false };
    const moments = momentsVisibleTo(before, after, viewer.id);
    return moments ? { before: moments.before, after: moments.after, viewer, missing: false } : { before, after, viewer, missing: true };
  }, [then, now, live, viewerId]);
}

function Comparison(props: { then: Parameters<typeof snapshotDocument>[0]; now?: Parameters<typeof snapshotDocument>[0]; live: CaseDocument; view: ViewName }) {
  const { viewer, missing, ...moments } = useMoments(props.then, props.now, props.live);
  if (viewer && missing) return <p role="alert">{t.viewerMissing(displayName(viewer))}</p>;
  return (
    <>
      {viewer && <p className="snap-hint" role="note">{t.viewingAs(displayName(viewer))}</p>}
      <MomentsCompared {...moments} live={props.live} view={props.view} />
    </>
  );
}

function MomentsCompared({ before, after, live, view }: { before: CaseDocument; after: CaseDocument; live: CaseDocument; view: ViewName }) {
  const [mode, setMode] = useState<Mode>('diff');
  const [share, setShare] = useState(0);
  const docs = useMemo(() => [before, after], [before, after]);
  const facts = useMemo(() => changeFacts(before, after), [before, after]);
  const summary = useMemo(() => familySummary(before, after, facts), [before, after, facts]);
  const positions = useMomentPositions(docs, view);
  const drawing = useMemo(() => {
    if (positions.state !== 'ready') return null;
    const [mb, ma] = positions.maps as [MomentMap, MomentMap];
    if (mode === 'then') return drawMap({ doc: before, view, ...mb });
    if (mode === 'now') return drawMap({ doc: after, view, ...ma });
    if (mode === 'play') {
      // The later map's rings and wedges throughout; people and ties of "toen" until halfway.
      const doc = transitionMoment(share) === 'then' ? before : after;
      return drawMap({ doc, view, positions: transitionPositions(mb.positions, ma.positions, share), geometry: ma.geometry });
    }
    const layout = comparisonLayout(view, after, { before: mb.positions, after: ma.positions }, facts, ma.geometry);
    // Ties are the netwerkkaart's; in the genogram they would run over the family lines.
    return drawDiffMap({ view, after, facts, ...layout });
  }, [positions, mode, before, after, facts, view, share]);
  const modes: readonly (readonly [Mode, string])[] = [['then', t.modes.then], ['now', t.modes.now], ['diff', t.modes.diff], ['play', t.modes.play]];
  return (
    <div className="snap-body">
      <div className="snap-map-col">
        <Choice<Mode> legend={t.modeLabel} options={modes} value={mode} onChange={setMode} />
        <MapArea drawing={drawing} state={positions.state} label={t.mapTitle(t.modes[mode])} total={mode === 'then' || (mode === 'play' && share < 0.5) ? before.people.length : mode === 'diff' ? after.people.length + facts.left.length : after.people.length} />
        {mode === 'diff' && <p className="snap-hint">{t.legendDiff}</p>}
        {mode === 'play' && <TransitionControls share={share} onChange={setShare} />}
      </div>
      <div className="snap-side-col">
        <ChangeList facts={facts} summary={summary} before={before} after={after} />
        <TrendView doc={live} />
      </div>
    </div>
  );
}

/** `total`: how many people the moment(s) hold; the genogram leaves out who is no relative, and says so. */
function MapArea({ drawing, state, label, total }: { drawing: MapDrawing | null; state: 'busy' | 'failed' | 'ready'; label: string; total: number }) {
  if (state === 'failed') return <p role="alert">{t.layoutFailed}</p>;
  if (!drawing) return <p role="status">{t.layingOut}</p>;
  const outside = total - drawing.people.length;
  return (
    <>
      <MomentSvg drawing={drawing} label={label} />
      {outside > 0 && <p className="snap-hint">{t.notInGenogram(outside)}</p>}
    </>
  );
}
