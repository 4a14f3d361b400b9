/**
 * Between the workspace and the shell: while locked only the lock screen is mounted (the shell,
 * its dialogs and the map are gone from the page), and while unlocked the idle timer runs; a
 * lock in another tab locks this one too.
 */
import { useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useWorkspace } from '../workspace';
import { LockScreen } from './LockScreen';
import { lockApp, unlockApp, wipeAll } from './securityActions';
import type { WorkspaceSecurity } from './securityStore';
import { startIdleLock } from './idleLock';
import { shareLocks } from './lockAcrossTabs';

export function LockGate({ children }: { children: ReactNode }) {
  const security = useWorkspace().security;
  return security ? <Gate security={security}>{children}</Gate> : <>{children}</>;
}

function Gate({ security, children }: { security: WorkspaceSecurity; children: ReactNode }) {
  const ws = useWorkspace();
  const status = useStore(security.store, (s) => s.status);
  const reason = useStore(security.store, (s) => s.reason);
  const idleMinutes = useStore(security.store, (s) => s.idleMinutes);

  useEffect(() => shareLocks(ws), [ws]);
  useEffect(() => {
    if (status !== 'unlocked') return;
    return startIdleLock({ idleMs: idleMinutes * 60_000, target: window, onIdle: () => void lockApp(ws, 'idle') });
  }, [status, idleMinutes, ws]);

  if (status === 'locked') return <LockScreen reason={reason} onUnlock={(passphrase) => unlockApp(ws, passphrase)} onWipe={() => wipeAll(ws)} />;
  return <>{children}</>;
}
