/**
 * Messages for the user that are not part of the document: errors (shown in role="alert")
 * and confirmations (role="status"). A keyed notice replaces an earlier one with the same key,
 * so a storage failure that repeats on every change does not pile up.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  key?: string;
  action?: { label: string; run: () => void };
  /** Stays until the situation it describes ends (no close button), e.g. a read-only tab. */
  persistent?: boolean;
}

export interface NoticeState {
  notices: Notice[];
  push(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  dismissKey(key: string): void;
}

export type NoticeStore = StoreApi<NoticeState>;

export function createNoticeStore(): NoticeStore {
  let nextId = 1;
  return createStore<NoticeState>()((set, get) => ({
    notices: [],
    push(notice) {
      const kept = get().notices.filter((n) => notice.key === undefined || n.key !== notice.key);
      // Only the latest confirmation matters; errors stay until dismissed.
      const withoutOldInfo = notice.kind === 'info' ? kept.filter((n) => n.kind !== 'info') : kept;
      set({ notices: [...withoutOldInfo, { ...notice, id: nextId++ }] });
    },
    dismiss(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    dismissKey(key) {
      // Called after every successful save: no new state (no re-render) when there is nothing to drop.
      if (get().notices.some((n) => n.key === key)) set({ notices: get().notices.filter((n) => n.key !== key) });
    },
  }));
}
