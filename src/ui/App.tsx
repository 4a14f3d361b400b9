/** Thin composition of the shell: header, notices, and the three panes. */
import { usePanes } from './usePanes';
import { useEffect, useState, type ReactNode } from 'react';
import { StoreProvider, useAppStore } from '../state/react';
import { common } from '../i18n/common';
import { renderErrors } from '../i18n/errors';
import { exportOpenCase } from './caseActions';
import { CasesDialog } from './CasesDialog';
import { RenderBoundary } from './RenderBoundary';
import { SidePane } from './editor/SidePane';
import { Notices } from './Notices';
import { Toolbar } from './Toolbar';
import { useDropImport } from './useDropImport';
import { useUndoKeys } from './useUndoKeys';
import { useWorkspace, WorkspaceProvider, type Workspace } from './workspace';

/** Below these widths a pane starts closed, so the map keeps most of the screen. */

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
        <GuardedShell mapPane={mapPane} stepsPane={stepsPane} />
      </StoreProvider>
    </WorkspaceProvider>
  );
}

/** Even when the shell itself fails, the case can still be exported and another one opened. */
function GuardedShell(panes: Panes) {
  const doc = useAppStore((s) => s.doc);
  return (
    <RenderBoundary message={renderErrors.app} hint={renderErrors.appStillWorks} resetKey={doc} actions={<ShellFallbackActions />}>
      <Shell {...panes} />
    </RenderBoundary>
  );
}

function ShellFallbackActions() {
  const ws = useWorkspace();
  const [casesOpen, setCasesOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => exportOpenCase(ws)}>
        {common.toolbar.export}
      </button>
      <button type="button" onClick={() => setCasesOpen(true)}>
        {renderErrors.openOther}
      </button>
      {casesOpen && <CasesDialog onClose={() => setCasesOpen(false)} />}
    </>
  );
}

function Shell({ mapPane, stepsPane }: Panes) {
  const ws = useWorkspace();
  const { stepsOpen, sideOpen, toggleSteps, toggleSide, onSelect } = usePanes();
  const selection = useAppStore((s) => s.session.selection);
  // Each pane fails on its own and tries again with the next version of the document.
  const doc = useAppStore((s) => s.doc);
  const dragging = useDropImport(ws);
  useUndoKeys(ws.store);

  // Selecting someone on the map opens the editor for them, also when the pane was closed.
  useEffect(() => {
    if (selection) onSelect();
    // Only a new selection opens it: closing the pane by hand must stick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  return (
    <div className="app">
      <Toolbar
        stepsOpen={stepsOpen}
        sideOpen={sideOpen}
        onToggleSteps={toggleSteps}
        onToggleSide={toggleSide}
      />
      <Notices />
      <main className={`workspace${stepsOpen ? ' steps-open' : ''}${sideOpen ? ' side-open' : ''}`}>
        <aside id="steps-pane" className="pane steps-pane" aria-label={common.panes.steps} hidden={!stepsOpen}>
          <RenderBoundary message={renderErrors.steps} hint={renderErrors.stillWorks} resetKey={doc}>
            {stepsPane}
          </RenderBoundary>
        </aside>
        <section className="pane map-pane" aria-label={common.panes.map}>
          <RenderBoundary message={renderErrors.map} hint={renderErrors.stillWorks} resetKey={doc}>
            {mapPane}
          </RenderBoundary>
        </section>
        <aside id="side-pane" className="pane side-pane" aria-label={common.panes.side} hidden={!sideOpen}>
          <RenderBoundary message={renderErrors.side} hint={renderErrors.stillWorks} resetKey={doc}>
            <SidePane />
          </RenderBoundary>
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
