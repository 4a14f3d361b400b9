/**
 * Whether this tab is locked, for the shell: it shows the lock screen instead of the case while
 * locked. The key itself is in the keyring (storage), never in React state.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Keyring } from '../../storage/keyring';

/** 'elsewhere': the passphrase changed in another tab; 'tab': another tab was locked. */
export type LockReason = 'start' | 'manual' | 'idle' | 'elsewhere' | 'tab';

export interface SecurityState {
  /** 'plain': no passphrase on this device. */
  status: 'plain' | 'unlocked' | 'locked';
  reason: LockReason;
  /** Idle time before the app locks itself. */
  idleMinutes: number;
}

export type SecurityStore = StoreApi<SecurityState>;

export interface WorkspaceSecurity {
  keyring: Keyring;
  store: SecurityStore;
}

export const DEFAULT_IDLE_MINUTES = 15;
export const IDLE_CHOICES = [1, 5, 15, 30, 60] as const;
const IDLE_KEY = 'netwerkkaart:idleLockMinutes';

/** The chosen idle time: a device setting that says nothing about a case, so kept in localStorage. */
export function storedIdleMinutes(): number {
  const value = Number(globalThis.localStorage?.getItem(IDLE_KEY));
  return (IDLE_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_IDLE_MINUTES;
}

export function storeIdleMinutes(minutes: number): void {
  try {
    globalThis.localStorage?.setItem(IDLE_KEY, String(minutes));
  } catch {
    // Storage refused (a private window): the choice holds for this session only.
  }
}

export function createSecurityStore(keyring: Keyring): SecurityStore {
  const kind = keyring.state().kind;
  return createStore<SecurityState>()(() => ({
    status: kind === 'plain' ? 'plain' : kind === 'unlocked' ? 'unlocked' : 'locked',
    reason: 'start',
    idleMinutes: storedIdleMinutes(),
  }));
}
