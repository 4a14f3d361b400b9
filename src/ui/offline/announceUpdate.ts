/**
 * A new version of the app waits: say so, and switch only when the user asks, after the open
 * case's last edits are stored (the switch reloads the page).
 */
import { offline } from '../../i18n/offline';
import type { Workspace } from '../workspace';
import type { AppUpdates } from './serviceWorker';

export function announceUpdates(ws: Workspace, updates: AppUpdates): void {
  updates.onUpdate((apply) => {
    ws.notices.getState().push({
      kind: 'info',
      key: 'app-update',
      persistent: true,
      text: offline.updateReady,
      action: {
        label: offline.updateNow,
        run: () => {
          void (ws.autosave?.flush() ?? Promise.resolve()).then(() => {
            if (!ws.autosave?.hasUnsaved(ws.store.getState().doc.case.id)) apply();
            else ws.notices.getState().push({ kind: 'error', text: offline.updateNotNow });
          });
        },
      },
    });
  });
}
