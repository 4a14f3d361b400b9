/** The header: the open case's title, the case menu, import/export, undo/redo and pane toggles. */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { redo, undo } from '../state/store';
import { useAppStore, useHistory } from '../state/react';
import { common } from '../i18n/common';
import { exportOpenCase, importFile } from './caseActions';
import { CasesDialog } from './CasesDialog';
import { useReturnFocus } from './returnFocus';
import { SecurityControls } from './security/SecurityControls';
import { RenderBoundary } from './RenderBoundary';
import { renderErrors } from '../i18n/errors';
import { useWorkspace } from './workspace';
import { SaveIndicator } from './SaveIndicator';
import { familyText } from '../i18n/family';
import type { Together } from './useTogether';

// The PDF dialog (and through it the PDF worker with jspdf and the font) loads on first use only.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

const t = common.toolbar;

interface ToolbarProps {
  stepsOpen: boolean;
  sideOpen: boolean;
  onToggleSteps(): void;
  onToggleSide(): void;
  /** "Samen kijken": while on, the header holds only the title and the way back. */
  together: Together;
}

export function Toolbar({ stepsOpen, sideOpen, onToggleSteps, onToggleSide, together }: ToolbarProps) {
  const ws = useWorkspace();
  const title = useAppStore((s) => s.doc.case.title);
  // A read-only tab (the case is owned by another tab) cannot undo either: the alert says why.
  const readOnly = useAppStore((s) => s.readOnly);
  const canUndo = useHistory((h) => h.pastStates.length > 0) && !readOnly;
  const canRedo = useHistory((h) => h.futureStates.length > 0) && !readOnly;
  const [casesOpen, setCasesOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const casesButton = useRef<HTMLButtonElement>(null);
  // The dialogs are unmounted rather than closed, so focus is given back by hand.
  useReturnFocus(casesOpen, casesButton);
  useReturnFocus(exportOpen, exportButton);
  // "Samen kijken" swaps the toolbar for its one "back" button and back again: the button that
  // had the focus is gone, so the focus goes on to the one that replaced it (not when the
  // switch came from elsewhere, Escape in a field say, and the focus is still somewhere).
  const togetherButton = useRef<HTMLButtonElement>(null);
  const togetherBefore = useRef(together.on);
  useEffect(() => {
    if (togetherBefore.current === together.on) return;
    togetherBefore.current = together.on;
    const active = document.activeElement;
    if (!active || active === document.body) togetherButton.current?.focus();
  }, [together.on]);

  return (
    <header className="app-header">
      <div className="header-title">
        <span className="brand" aria-hidden="true">
          {common.appName}
        </span>
        <h1 className="case-title" title={title}>
          <span className="visually-hidden">{t.openCase}: </span>
          {title}
        </h1>
        {!together.on && <SaveIndicator />}
      </div>
      {together.on ? (
        <div className="toolbar" aria-label={t.label} role="group">
          <button ref={togetherButton} type="button" className="together-toggle" aria-pressed="true" title={familyText.toggleHint} onClick={together.toggle}>
            <span aria-hidden="true">◂ </span>
            {familyText.back}
            <span className="visually-hidden"> ({familyText.toggle})</span>
          </button>
        </div>
      ) : (
      <div className="toolbar" aria-label={t.label} role="group">
        <button ref={togetherButton} type="button" className="together-toggle" aria-pressed="false" title={familyText.toggleHint} onClick={together.toggle}>
          {familyText.toggle}
        </button>
        <button type="button" className="pane-toggle" title={t.toggleHint} aria-expanded={stepsOpen} aria-controls="steps-pane" onClick={onToggleSteps}>
          <span aria-hidden="true">{stepsOpen ? '◂ ' : '▸ '}</span>
          {t.steps}
        </button>
        <button ref={casesButton} type="button" onClick={() => setCasesOpen(true)}>
          {t.cases}
        </button>
        <button type="button" title={t.importHint} onClick={() => fileInput.current?.click()}>
          {t.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(ws, file);
          }}
        />
        <button type="button" title={t.exportHint} onClick={() => exportOpenCase(ws)}>
          {t.export}
        </button>
        <button ref={exportButton} type="button" title={t.pdfHint} onClick={() => setExportOpen(true)}>
          {/* On a narrow screen the button shows "PDF"; its name stays "Exporteren als PDF". */}
          <span className="wide-only">{t.pdfPrefix}</span>
          {t.pdfShort}
        </button>
        <SecurityControls />
        <span className="toolbar-gap" />
        {/* On a narrow screen an arrow; the name stays "Ongedaan maken" / "Opnieuw". */}
        <button type="button" title={t.undoHint} disabled={!canUndo} onClick={() => undo(ws.store)}>
          <span className="narrow-only" aria-hidden="true">
            ↶
          </span>
          <span className="wide-only">{t.undo}</span>
        </button>
        <button type="button" title={t.redoHint} disabled={!canRedo} onClick={() => redo(ws.store)}>
          <span className="narrow-only" aria-hidden="true">
            ↷
          </span>
          <span className="wide-only">{t.redo}</span>
        </button>
        <button type="button" className="pane-toggle" title={t.toggleHint} aria-expanded={sideOpen} aria-controls="side-pane" onClick={onToggleSide}>
          {t.side}
          <span aria-hidden="true">{sideOpen ? ' ▸' : ' ◂'}</span>
        </button>
      </div>
      )}
      {casesOpen && (
        <RenderBoundary message={renderErrors.dialog}>
          <CasesDialog
            onClose={() => {
              setCasesOpen(false);
            }}
          />
        </RenderBoundary>
      )}
      {exportOpen && (
        <RenderBoundary message={renderErrors.dialog}>
          <Suspense fallback={null}>
            <ExportDialog
              onClose={() => {
                setExportOpen(false);
              }}
            />
          </Suspense>
        </RenderBoundary>
      )}
    </header>
  );
}
