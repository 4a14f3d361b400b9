/**
 * Around the whole app (main.tsx): while locked only the lock screen is mounted (the shell, its
 * dialogs and the map are gone from the page; the workspace and its store stay in memory), and
 * while unlocked the idle timer runs; a lock in another tab locks this one too.
 */
import { useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Workspace } from '../workspace';
import { LockScreen } from './LockScreen';
import { lockApp, unlockApp, wipeAll } from './securityActions';
import type { WorkspaceSecurity } from './securityStore';
import { startIdleLock } from './idleLock';
import { shareLocks } from './lockAcrossTabs';

export function LockGate({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  const security = workspace.security;
  return security ? (
    <Gate ws={workspace} security={security}>
      {children}
    </Gate>
  ) : (
    <>{children}</>
  );
}

function Gate({ ws, security, children }: { ws: Workspace; security: WorkspaceSecurity; children: ReactNode }) {
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
