/**
 * The toolbar's part of the passphrase: "Beveiliging" (its dialog) and, with a passphrase set,
 * "Vergrendelen" at hand. One component, so the toolbar changes by one line. "Beveiliging" is
 * a padlock (its name as label and tooltip): as a word the toolbar no longer fits one row at
 * 1024 px, and the map would lose that row.
 */
import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import { security as t } from '../../i18n/security';
import { renderErrors } from '../../i18n/errors';
import { RenderBoundary } from '../RenderBoundary';
import { useWorkspace } from '../workspace';
import { lockApp } from './securityActions';
import { SecurityDialog } from './SecurityDialog';
import type { WorkspaceSecurity } from './securityStore';

export function SecurityControls() {
  const security = useWorkspace().security;
  return security ? <Controls security={security} /> : null;
}

/** A padlock, open (no passphrase) or closed; drawn in the text colour. */
function Padlock({ closed }: { closed: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d={closed ? 'M5 8V5.5a4 4 0 0 1 8 0V8' : 'M5 8V5.5a4 4 0 0 1 7.7-1.5'} fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="3" y="8" width="12" height="8.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}

function Controls({ security }: { security: WorkspaceSecurity }) {
  const ws = useWorkspace();
  const status = useStore(security.store, (s) => s.status);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="icon-tool" aria-label={t.button} title={t.button} onClick={() => setOpen(true)}>
        <Padlock closed={status !== 'plain'} />
      </button>
      {status === 'unlocked' && (
        <button type="button" onClick={() => void lockApp(ws, 'manual')}>
          {t.lockNow}
        </button>
      )}
      {open && (
        <RenderBoundary message={renderErrors.dialog}>
          <SecurityDialog
            security={security}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </RenderBoundary>
      )}
    </>
  );
}
