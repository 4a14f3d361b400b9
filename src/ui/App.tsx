/** Thin composition of the shell: header, notices, and the three panes. */
import { usePanes } from './usePanes';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
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
import { useTogether } from './useTogether';
import { useWorkspace, WorkspaceProvider, type Workspace } from './workspace';
import './snapshots/snapshots.css';

// The comparison (diff, difference map, trend) loads when a snapshot is first opened, not at start.
const ComparisonPane = lazy(() => import('./snapshots/ComparisonPane').then((m) => ({ default: m.ComparisonPane })));

/** Below these widths a pane starts closed, so the map keeps most of the screen. */

interface Panes {
  /** The map (src/canvas) and the steps panel (src/steps), passed in by main.tsx so the shell
   * can be mounted and tested on its own. */
  mapPane: ReactNode;
  stepsPane: ReactNode;
  /** "Samen kijken": the step's question for the family, above the map (src/steps). */
  familyQuestion?: ReactNode;
}

export function App({ workspace, ...panes }: { workspace: Workspace } & Panes) {
  return (
    <WorkspaceProvider workspace={workspace}>
      <StoreProvider store={workspace.store}>
        <GuardedShell {...panes} />
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

function Shell({ mapPane, stepsPane, familyQuestion }: Panes) {
  const ws = useWorkspace();
  const { stepsOpen, sideOpen, toggleSteps, toggleSide, onSelect } = usePanes();
  // "Samen kijken": the screen turned to the family — the map and the question, nothing else.
  const together = useTogether();
  const selection = useAppStore((s) => s.session.selection);
  // A snapshot viewed or a comparison takes the map's place; the live map comes back on closing it.
  const moment = useAppStore((s) => s.session.moment);
  // Each pane fails on its own and tries again with the next version of the document.
  const doc = useAppStore((s) => s.doc);
  const dragging = useDropImport(ws);
  useUndoKeys(ws.store);

  // Selecting someone on the map opens the editor for them, also when the pane was closed.
  useEffect(() => {
    if (selection && !together.on) onSelect();
    // Only a new selection opens it: closing the pane by hand must stick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  return (
    <div className={together.on ? 'app family-view' : 'app'}>
      <Toolbar
        stepsOpen={stepsOpen}
        sideOpen={sideOpen}
        onToggleSteps={toggleSteps}
        onToggleSide={toggleSide}
        together={together}
      />
      <Notices />
      <main className={`workspace${stepsOpen && !together.on ? ' steps-open' : ''}${sideOpen && !together.on ? ' side-open' : ''}`}>
        <aside id="steps-pane" className="pane steps-pane" aria-label={common.panes.steps} hidden={!stepsOpen || together.on}>
          <RenderBoundary message={renderErrors.steps} hint={renderErrors.stillWorks} resetKey={doc}>
            {stepsPane}
          </RenderBoundary>
        </aside>
        <section className="pane map-pane" aria-label={common.panes.map}>
          {together.on && familyQuestion && (
            <RenderBoundary message={renderErrors.steps} hint={renderErrors.stillWorks} resetKey={doc}>
              {familyQuestion}
            </RenderBoundary>
          )}
          <div className="map-pane__map">
            <RenderBoundary message={renderErrors.map} hint={renderErrors.stillWorks} resetKey={doc}>
              {moment ? (
                <Suspense fallback={null}>
                  <ComparisonPane moment={moment} />
                </Suspense>
              ) : (
                mapPane
              )}
            </RenderBoundary>
          </div>
        </section>
        <aside id="side-pane" className="pane side-pane" aria-label={common.panes.side} hidden={!sideOpen || together.on}>
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
