/**
 * The centre of the app: the two views of the same people ("Genogram" and "Netwerkkaart") as
 * tabs over one map. The genogram's ELK layout lives here, above the tabs, so switching views
 * does not throw the last layout away.
 */
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { VIEWS, type ViewName } from '../graph/schema';
import { canvasText } from '../i18n/canvas';
import { noOverlays, type OverlaysOf } from '../state/overlay';
import { useAppStore, useAppStoreApi } from '../state/react';
import { useGenogramLayout } from './useGenogramLayout';
import { ViewPane } from './ViewPane';
import { MapAnnouncer } from './MapAnnouncer';

const tabLabel: Record<ViewName, string> = { genogram: canvasText.tabGenogram, netwerkkaart: canvasText.tabNetwerkkaart };

/**
 * `overlaysOf`: the current step's marks per person, handed in by the app (see OverlaysOf).
 * `tabsEnd`: controls the app puts at the end of the tab row (the snapshots button): there is
 * room there at every width, where the header would wrap and take height from the map.
 */
export function MapPane({ overlaysOf = noOverlays, tabsEnd }: { overlaysOf?: OverlaysOf; tabsEnd?: ReactNode }) {
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.session.view);
  const doc = useAppStore((s) => s.doc);
  const genogram = useGenogramLayout(doc, view === 'genogram');
  const select = (v: ViewName) => store.getState().setSession({ view: v });
  const onTabKey = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
    select(next);
    document.getElementById(`nk-tab-${next}`)?.focus();
    e.preventDefault();
  };
  const tabs = useMemo(() => VIEWS, []);
  return (
    <div className="nk-map">
      <MapAnnouncer />
      <div className="nk-tabbar">
      <div role="tablist" aria-label={canvasText.viewTabsLabel} className="nk-tabs" onKeyDown={onTabKey}>
        {tabs.map((v) => (
          <button
            key={v}
            id={`nk-tab-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls="nk-map-panel"
            tabIndex={view === v ? 0 : -1}
            onClick={() => select(v)}
          >
            {tabLabel[v]}
          </button>
        ))}
      </div>
      {tabsEnd && <div className="nk-tabbar__end">{tabsEnd}</div>}
      </div>
      <div role="tabpanel" id="nk-map-panel" aria-labelledby={`nk-tab-${view}`} className="nk-map__panel">
        <ViewPane key={view} view={view} genogram={genogram} overlaysOf={overlaysOf} />
      </div>
    </div>
  );
}
