/**
 * The toolbar's part of the passphrase: "Beveiliging" (its dialog) and, with a passphrase set,
 * "Vergrendelen" at hand. One component, so the toolbar changes by one line. Both are icons, a
 * shield and a padlock, with their names as label and tooltip: as words the toolbar no longer
 * fits one row at 1024 px (the map would lose that row) and the case title is cut short.
 */
import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import { security as t } from '../../i18n/security';
import './security.css';
import { renderErrors } from '../../i18n/errors';
import { RenderBoundary } from '../RenderBoundary';
import { useReturnFocus } from '../returnFocus';
import { useWorkspace } from '../workspace';
import { lockApp } from './securityActions';
import { SecurityDialog } from './SecurityDialog';
import type { WorkspaceSecurity } from './securityStore';

export function SecurityControls() {
  const security = useWorkspace().security;
  return security ? <Controls security={security} /> : null;
}

/** Icons in the text colour, so they follow the button's states. */
function Shield() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M9 1.5 15 4v4.5c0 4-2.7 6.9-6 8-3.3-1.1-6-4-6-8V4z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="m6 9 2.2 2.2L12.3 7" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

function Padlock() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M5 8V5.5a4 4 0 0 1 8 0V8" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="3" y="8" width="12" height="8.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}

function Controls({ security }: { security: WorkspaceSecurity }) {
  const ws = useWorkspace();
  const status = useStore(security.store, (s) => s.status);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, button);
  return (
    <>
      <button ref={button} type="button" className="icon-tool" aria-label={t.button} title={t.button} onClick={() => setOpen(true)}>
        <Shield />
      </button>
      {status === 'unlocked' && (
        <button type="button" className="icon-tool" aria-label={t.lockNow} title={t.lockNow} onClick={() => void lockApp(ws, 'manual')}>
          <Padlock />
        </button>
      )}
      {open && (
        <RenderBoundary message={renderErrors.dialog}>
          <SecurityDialog
            security={security}
            onClose={() => {
              setOpen(false);
            }}
          />
        </RenderBoundary>
      )}
    </>
  );
}
