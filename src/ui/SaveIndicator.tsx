/**
 * "Bewaard op dit apparaat" beside the case title. Not a live region: it changes with every
 * edit, and a screen reader should not announce each save; a failed save raises its own alert.
 */
import { useStore } from 'zustand';
import { common } from '../i18n/common';
import { useAppStore } from '../state/react';
import { useWorkspace } from './workspace';

export function SaveIndicator() {
  const status = useStore(useWorkspace().saveStatus, (s) => s.status);
  // A read-only tab stores nothing; its notice says so.
  const readOnly = useAppStore((s) => s.readOnly);
  if (readOnly) return null;
  return (
    <span className="save-state" data-state={status}>
      {common.saveState[status]}
    </span>
  );
}
