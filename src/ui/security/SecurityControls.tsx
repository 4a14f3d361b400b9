/**
 * The toolbar's part of the passphrase: "Beveiliging" (its dialog) and, with a passphrase set,
 * "Vergrendelen" at hand. One component, so the toolbar changes by one line.
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

function Controls({ security }: { security: WorkspaceSecurity }) {
  const ws = useWorkspace();
  const status = useStore(security.store, (s) => s.status);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" onClick={() => setOpen(true)}>
        {t.button}
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
