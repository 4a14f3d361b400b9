/** Thin composition of the shell: header, notices, and the three panes. */
import { useEffect, useState, type ReactNode } from 'react';
import { StoreProvider, useAppStore } from '../state/react';
import { common } from '../i18n/common';
import { SidePane } from './editor/SidePane';
import { Notices } from './Notices';
import { Toolbar } from './Toolbar';
import { useDropImport } from './useDropImport';
import { useUndoKeys } from './useUndoKeys';
import { useWorkspace, WorkspaceProvider, type Workspace } from './workspace';

/** Below these widths a pane starts closed, so the map keeps most of the screen. */
const STEPS_MIN_WIDTH = 1200;
const SIDE_MIN_WIDTH = 860;

interface Panes {
  /** The map (src/canvas) and the steps panel (src/steps), passed in by main.tsx so the shell
   * can be mounted and tested on its own. */
  mapPane: ReactNode;
  stepsPane: ReactNode;
}

export function App({ workspace, mapPane, stepsPane }: { workspace: Workspace } & Panes) {
  return (
    <WorkspaceProvider workspace={workspace}>
      <StoreProvider store={workspace.store}>
        <Shell mapPane={mapPane} stepsPane={stepsPane} />
      </StoreProvider>
    </WorkspaceProvider>
  );
}

function Shell({ mapPane, stepsPane }: Panes) {
  const ws = useWorkspace();
  const width = typeof window === 'undefined' ? 1280 : window.innerWidth;
  const [stepsOpen, setStepsOpen] = useState(width >= STEPS_MIN_WIDTH);
  const [sideOpen, setSideOpen] = useState(width >= SIDE_MIN_WIDTH);
  const selection = useAppStore((s) => s.session.selection);
  const dragging = useDropImport(ws);
  useUndoKeys(ws.store);

  // Selecting someone on the map opens the editor for them, also when the pane was closed.
  useEffect(() => {
    if (selection) setSideOpen(true);
  }, [selection]);

  return (
    <div className="app">
      <Toolbar
        stepsOpen={stepsOpen}
        sideOpen={sideOpen}
        onToggleSteps={() => setStepsOpen((v) => !v)}
        onToggleSide={() => setSideOpen((v) => !v)}
      />
      <Notices />
      <main className={`workspace${stepsOpen ? ' steps-open' : ''}${sideOpen ? ' side-open' : ''}`}>
        <aside id="steps-pane" className="pane steps-pane" aria-label={common.panes.steps} hidden={!stepsOpen}>
          {stepsPane}
        </aside>
        <section className="pane map-pane" aria-label={common.panes.map}>
          {mapPane}
        </section>
        <aside id="side-pane" className="pane side-pane" aria-label={common.panes.side} hidden={!sideOpen}>
          <SidePane />
        </aside>
      </main>
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>{common.drop}</p>
        </div>
      )}
    </div>
  );
}
