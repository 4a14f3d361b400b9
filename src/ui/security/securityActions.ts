/**
 * Locking and unlocking the open app, and setting or changing the passphrase, for the shell.
 * Locking stores what is pending with the key still there, then forgets the key; the shell
 * shows the lock screen from the first moment, so nothing of the case is on screen meanwhile.
 */
import { removePassphrase, setPassphrase, unlockWith, type PassphraseResult } from '../../storage/passphrase';
import type { Workspace } from '../workspace';
import type { LockReason } from './securityStore';

export async function lockApp(ws: Workspace, reason: LockReason): Promise<void> {
  const security = ws.security;
  if (!security || security.store.getState().status === 'locked') return;
  security.store.setState({ status: 'locked', reason });
  // Let the shell unmount first: a text field still being typed in commits when it goes.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await ws.autosave?.flush();
  security.keyring.forget();
}

/** A wrong passphrase changes nothing and leaves the app locked. */
export async function unlockApp(ws: Workspace, passphrase: string): Promise<PassphraseResult> {
  const security = ws.security;
  if (!security || !ws.db) return 'ok';
  const result = await unlockWith(ws.db, security.keyring, passphrase);
  // Wiped elsewhere: what this tab holds in memory goes with a fresh start.
  if (result === 'gone') window.location.reload();
  if (result !== 'ok') return result;
  security.store.setState({ status: security.keyring.state().kind === 'plain' ? 'plain' : 'unlocked' });
  // Saves that waited for the key (retried while locked) can go now.
  void ws.autosave?.flush();
  return 'ok';
}

/** Sets the first passphrase (`current` null) or changes it; every case is sealed anew. */
export async function changePassphrase(ws: Workspace, next: string, current: string | null): Promise<PassphraseResult> {
  const security = ws.security;
  if (!security || !ws.db) throw new Error('no case store');
  // The open case's last edits are stored first, so they are sealed with the rest.
  await ws.autosave?.flush();
  const result = await setPassphrase(ws.db, next, current);
  if (result === 'ok') security.store.setState({ status: 'unlocked' });
  return result;
}

/**
 * Removes the passphrase (the current one typed again): every case is stored plain, and the app
 * no longer asks for it. 'gone' (no passphrase left: removed in another tab) counts as done.
 */
export async function dropPassphrase(ws: Workspace, current: string): Promise<PassphraseResult> {
  const security = ws.security;
  if (!security || !ws.db) throw new Error('no case store');
  // The open case's last edits are stored first, so they are opened with the rest.
  await ws.autosave?.flush();
  const result = await removePassphrase(ws.db, current);
  if (result === 'wrong-passphrase') return result;
  if (result === 'gone') security.keyring.plain();
  security.store.setState({ status: 'plain' });
  return 'ok';
}

/**
 * The passphrase is forgotten: every case on this device is removed (it cannot be read any more
 * anyway) and the app starts again, empty. Another tab finds its case gone when it saves, or
 * starts again when it is unlocked. Asked for twice on the lock screen.
 */
export async function wipeAll(ws: Workspace): Promise<void> {
  if (!ws.db) return;
  ws.autosave?.stop();
  await ws.db.wipe();
  window.location.reload();
}
