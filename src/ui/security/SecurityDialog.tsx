/**
 * "Beveiliging": set a passphrase (with the plain warning that a forgotten one means the data
 * is lost, and an export first), or, with one set: lock now, the idle time, change it, remove it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { security as t } from '../../i18n/security';
import { exportOpenCase } from '../caseActions';
import { useWorkspace } from '../workspace';
import { DialogHead } from '../DialogHead';
import { PassphraseForm } from './PassphraseForm';
import { RemovePassphrase } from './RemovePassphrase';
import { changePassphrase, dropPassphrase, lockApp } from './securityActions';
import { IDLE_CHOICES, storeIdleMinutes, type WorkspaceSecurity } from './securityStore';

export function SecurityDialog({ security, onClose }: { security: WorkspaceSecurity; onClose(): void }) {
  const ws = useWorkspace();
  const dialog = useRef<HTMLDialogElement>(null);
  const status = useStore(security.store, (s) => s.status);
  const idleMinutes = useStore(security.store, (s) => s.idleMinutes);
  const idleId = useId();
  const [removed, setRemoved] = useState(false);
  const removedNote = useRef<HTMLParagraphElement>(null);
  // The section that had focus is gone with the passphrase: the outcome takes focus, so the
  // keyboard stays in the dialog and a screen reader reads it.
  useEffect(() => {
    if (removed) removedNote.current?.focus();
  }, [removed]);

  useEffect(() => {
    const element = dialog.current;
    // As in CasesDialog: opened on mount, never closed on cleanup (StrictMode's re-run).
    if (element && !element.open) element.showModal();
  }, []);

  const sealed = status !== 'plain';
  return (
    <dialog ref={dialog} className="cases-dialog security-dialog" aria-labelledby="security-title" onClose={onClose}>
      <DialogHead id="security-title" title={t.dialogTitle} closeLabel={t.close} onClose={onClose} />
      {removed && !sealed && (
        <p ref={removedNote} role="status" className="form-done" tabIndex={-1}>
          {t.remove.done}
        </p>
      )}
      <p>{sealed ? t.sealedIntro : t.plainIntro}</p>
      {sealed && (
        <div className="security-row">
          <button type="button" onClick={() => void lockApp(ws, 'manual')}>
            {t.lockNow}
          </button>
          <label htmlFor={idleId}>{t.idleLabel}</label>
          <select
            id={idleId}
            value={idleMinutes}
            onChange={(event) => {
              const minutes = Number(event.target.value);
              storeIdleMinutes(minutes);
              security.store.setState({ idleMinutes: minutes });
            }}
          >
            {IDLE_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t.idleOption(minutes)} {t.idleNote}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="security-warning" role="note">
        <p>{t.forgetWarning}</p>
        <button type="button" onClick={() => exportOpenCase(ws)}>
          {t.exportFirst}
        </button>
      </div>
      <PassphraseForm
        changing={sealed}
        onSubmit={async (next, current) => {
          const result = await changePassphrase(ws, next, current);
          if (result === 'ok') setRemoved(false);
          return result;
        }}
      />
      {sealed && (
        <RemovePassphrase
          onRemove={async (current) => {
            const result = await dropPassphrase(ws, current);
            if (result === 'ok') setRemoved(true);
            return result;
          }}
        />
      )}
    </dialog>
  );
}
