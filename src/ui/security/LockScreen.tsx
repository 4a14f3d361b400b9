/**
 * The only thing on screen while the app is locked (at start with a passphrase set, after
 * "Vergrendelen" or the idle time): no case title, no names. Needs no workspace, so main.tsx
 * can show it before any case is read.
 */
import { useId, useState, type FormEvent } from 'react';
import type { PassphraseResult } from '../../storage/passphrase';
import { security as t } from '../../i18n/security';
import './security.css';
import type { LockReason } from './securityStore';

interface LockScreenProps {
  reason: LockReason;
  onUnlock(passphrase: string): Promise<PassphraseResult>;
  /** Removes every case and starts again (the passphrase is forgotten); asked for twice. */
  onWipe(): Promise<void>;
}

export function LockScreen({ reason, onUnlock, onWipe }: LockScreenProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmWipe, setConfirmWipe] = useState(false);
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const fieldId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await onUnlock(passphrase);
      setWrong(result !== 'ok');
      if (result !== 'ok') setPassphrase('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="lock-screen">
      <form className="lock-card" onSubmit={(event) => void submit(event)} aria-labelledby="lock-title">
        <h1 id="lock-title">{t.lock.title}</h1>
        <p>{reason === 'idle' ? t.lock.idle : reason === 'elsewhere' ? t.lock.elsewhere : t.lock.intro}</p>
        <label htmlFor={fieldId}>{t.lock.label}</label>
        <input
          id={fieldId}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          aria-invalid={wrong}
          aria-describedby={wrong ? errorId : undefined}
          required
          autoFocus
        />
        {wrong && (
          <p id={errorId} role="alert" className="lock-error">
            {t.lock.wrong}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || passphrase === ''}>
          {busy ? t.lock.busy : t.lock.submit}
        </button>
        <p className="lock-note">{t.lock.forgotten}</p>
        {confirmWipe ? (
          <div className="lock-wipe" role="group" aria-label={t.lock.wipe}>
            <p>{t.lock.wipeConfirm}</p>
            <button type="button" className="danger" onClick={() => void onWipe()}>
              {t.lock.wipeYes}
            </button>
            <button type="button" onClick={() => setConfirmWipe(false)}>
              {t.lock.wipeNo}
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmWipe(true)}>
            {t.lock.wipe}
          </button>
        )}
      </form>
    </main>
  );
}
