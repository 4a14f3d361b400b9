/**
 * "Vergrendelen" in one tab locks every tab of the app on this device: a professional who locks
 * before walking away means all of it, not the one tab in front. (The idle lock stays per tab:
 * a tab in use elsewhere is not idle.)
 */
import type { ChannelLike } from '../../storage/caseOwnership';
import type { Workspace } from '../workspace';
import { lockApp } from './securityActions';

const CHANNEL = 'netwerkkaart:lock';

export function shareLocks(ws: Workspace, channel: ChannelLike | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)): () => void {
  const security = ws.security;
  if (!security || !channel) return () => channel?.close();
  channel.addEventListener('message', (event) => {
    if ((event.data as { type?: unknown } | null)?.type === 'lock') void lockApp(ws, 'tab');
  });
  const unsubscribe = security.store.subscribe((state, previous) => {
    if (state.status === 'locked' && previous.status !== 'locked' && state.reason === 'manual') channel.postMessage({ type: 'lock' });
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}
